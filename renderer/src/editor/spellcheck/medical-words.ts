// The medical vocabulary of the spellchecker, written for this project (docs/decisions/0007-spellcheck.md). Case matters:
// a lower-case word also accepts its capitalised and upper-case forms, a capitalised one (an eponym) only those. Inflected
// forms are listed as written, since the words carry no Hunspell affix flags.

/** Words separated by spaces or lines; "#" starts a comment line. */
export const MEDICAL_WORDS = `
# Anatomy: spine and trunk
acromioclavicular acromion acromions acromial atlantoaxial atlantooccipital atlas axis cervicothoracic cervicobrachial
coccyx coccygeal costochondral costovertebral costotransverse craniocervical discogenic dura dural epidural facet facets
facetogenic foramen foramina foraminal infraspinatus interspinous intervertebral intradiscal lamina laminae laminar
ligamentum longissimus lordosis lordotic lumbosacral multifidus neuroforamen neuroforamina neuroforaminal
paracervical paralumbar paraspinal paraspinals parathoracic paravertebral pars pedicle pedicles sacroiliac sacrococcygeal
sacrum scapula scapulae scapular scapulothoracic spinous spondyloarthropathy subarachnoid subaxial supraspinatus
supraspinous thoracolumbar transverse trapezius trapezii uncovertebral uncinate vertebra vertebrae vertebral
kyphosis kyphotic kyphoscoliosis scoliosis scoliotic levoscoliosis dextroscoliosis levoconvex dextroconvex
rhomboid rhomboids levator scalene scalenes sternocleidomastoid sternocleidomastoids suboccipital splenius semispinalis
iliocostalis quadratus lumborum piriformis iliopsoas psoas gluteus glutei gluteal gluteals medius minimus maximus
teres subscapularis serratus latissimus dorsi pectoralis deltoid deltoids biceps triceps brachialis brachioradialis
coracoid coracoacromial coracoclavicular glenoid glenohumeral glenoids humeral humeri humerus labral labrum
subacromial subdeltoid bursa bursae bursal olecranon epicondyle epicondyles epicondylar supracondylar
radial radius ulna ulnar radioulnar radiocarpal ulnocarpal carpal carpals carpometacarpal metacarpal metacarpals
metacarpophalangeal interphalangeal phalanx phalanges phalangeal scaphoid scapholunate lunate lunotriquetral triquetrum
pisiform hamate capitate trapezoid trapezium thenar hypothenar flexor flexors extensor extensors pronator supinator
tenosynovium retinaculum palmar volar dorsal digital digits

# Anatomy: lower limb
acetabular acetabulum femoral femur femora trochanter trochanteric intertrochanteric subtrochanteric iliotibial
patella patellae patellar patellofemoral tibia tibiae tibial tibiofemoral tibiofibular fibula fibular peroneal peroneus
popliteal meniscal meniscus menisci cruciate collateral quadriceps quadricep hamstring hamstrings gastrocnemius soleus
Achilles calcaneal calcaneus calcanei talar talus talocrural subtalar tarsal tarsals metatarsal metatarsals
metatarsophalangeal navicular cuboid cuneiform plantar malleolar malleolus malleoli sesamoid sesamoids
adductor adductors abductor abductors sartorius gracilis semitendinosus semimembranosus tensor fasciae latae

# Anatomy: nervous system and head
axon axonal axons brachial plexus plexopathy plexopathies cauda equina conus medullaris radicular radicle
dermatome dermatomes dermatomal myotome myotomes myotomal sclerotome median musculocutaneous axillary suprascapular
sciatic femoral obturator tibial sural saphenous pudendal genitofemoral ilioinguinal iliohypogastric occipital
trigeminal vagus vagal cranial cerebellar cerebellum cortical subcortical cerebral cerebrum hippocampal hippocampus
thalamic thalamus brainstem pontine medulla medullary meninges meningeal spinothalamic corticospinal dorsal
paresthesia paresthesias paresthetic dysesthesia dysesthesias dysesthetic hyperesthesia hypoesthesia hypesthesia
hyperalgesia allodynia hyperpathia anesthesia analgesia hypoalgesia hyporeflexia hyperreflexia areflexia
clonus fasciculation fasciculations fibrillation fibrillations denervation reinnervation neuropraxia neurapraxia
axonotmesis neurotmesis myelopathy myelopathic myelomalacia syrinx syringomyelia radiculopathy radiculopathies
radiculitis neuropathy neuropathies neuropathic polyneuropathy mononeuropathy mononeuropathies neuritis neuralgia
neuralgias neuroma neuromas paresis paretic hemiparesis monoparesis paraparesis quadriparesis tetraparesis plegia
hemiplegia paraplegia quadriplegia tetraplegia dysarthria dysphasia aphasia ataxia ataxic dysmetria dysdiadochokinesia
nystagmus diplopia vertigo presyncope syncope syncopal postconcussive postconcussion concussive cognitively
encephalopathy dementia amnesia anterograde retrograde

# Conditions: musculoskeletal
arthralgia arthralgias arthritis arthritic arthropathy arthropathies osteoarthritis osteoarthritic osteoarthrosis
spondylosis spondylotic spondylolisthesis spondylolysis spondylitis spondyloarthritis retrolisthesis anterolisthesis
degenerative discopathy discopathies desiccation desiccated osteophyte osteophytes osteophytic spur spurring
stenosis stenoses stenotic protrusion protrusions extrusion extrusions herniation herniations herniated sequestration
annular annulus nucleus pulposus fissure fissures endplate endplates Modic Schmorl
myofascial myalgia myalgias myositis fibromyalgia fasciitis fasciopathy tendinitis tendonitis tendinosis tendinopathy
tendinopathies tenosynovitis synovitis bursitis capsulitis epicondylitis epicondylalgia enthesopathy enthesitis
impingement tendon tendons tendinous musculotendinous myotendinous sprain sprains strain strains contusion contusions
abrasion abrasions laceration lacerations avulsion avulsions subluxation subluxations dislocation dislocations
chondromalacia chondral chondrosis osteochondral osteochondritis dissecans osteonecrosis osteopenia osteoporosis
osteoporotic osteomyelitis osteotomy osteotomies nonunion malunion pseudarthrosis pseudoarthrosis comminuted
nondisplaced displaced intraarticular periarticular extraarticular transcondylar bimalleolar trimalleolar
Colles Smith Barton Bennett Rolando boxer Jones Lisfranc Chopart Maisonneuve Hill-Sachs Bankart SLAP
ganglion ganglia trigger De Quervain Dupuytren contracture contractures ankylosis ankylosing arthrofibrosis
plantar metatarsalgia neuroma hallux valgus varus rigidus bunion bunions hammertoe hammertoes
sciatica lumbago cervicalgia dorsalgia thoracalgia coccydynia coccygodynia cervicogenic whiplash
patellofemoral chondropathy meniscopathy instability hypermobility laxity rotator cuff tear tears tearing
labral delamination calcific calcification calcifications enthesophyte enthesophytes
crepitus crepitation effusion effusions hemarthrosis lipohemarthrosis edema edematous ecchymosis ecchymoses
erythema erythematous induration atrophy atrophic hypertrophy hypertrophic spasm spasms spasticity rigidity guarding
trigger-point tenderness swelling deformity deformities antalgic Trendelenburg

# Conditions: neurological and pain
carpal cubital tunnel entrapment compressive complex regional pain syndrome CRPS causalgia dystrophy
algodystrophy Sudeck hyperhidrosis anhidrosis vasomotor sudomotor trophic allodynic centralization centralized
peripheralization peripheralized nociceptive nociception neuroplasticity sensitization chronification
cephalgia cephalalgia migraine migraines migrainous tinnitus hyperacusis photophobia phonophobia
insomnia hypersomnia somnolence narcolepsy apnea hypopnea
TBI mTBI concussion concussions contrecoup coup hematoma hematomas subdural epidural subgaleal

# Conditions: internal medicine and psychiatry seen in claims
hypertension hypertensive hypotension hypotensive tachycardia bradycardia arrhythmia arrhythmias dysrhythmia
hyperlipidemia dyslipidemia hypercholesterolemia diabetes diabetic prediabetes hyperglycemia hypoglycemia
neuropathic nephropathy retinopathy gastroesophageal reflux GERD dyspepsia gastritis gastroparesis
constipation diarrhea nausea emesis hematemesis hematochezia melena dysphagia odynophagia
obesity BMI asthma asthmatic bronchitis bronchospasm dyspnea orthopnea COPD emphysema pneumonitis
anxiety depressive dysthymia dysthymic psychiatric psychological psychogenic somatic somatization somatoform
PTSD posttraumatic adjustment bipolar anhedonia irritability hypervigilance catastrophizing kinesiophobia
malingering symptom magnification overlay embellishment

# Examination
auscultation palpation palpable percussion inspection ambulation ambulates ambulating ambulatory gait
heel-walking toe-walking tandem Romberg pronator drift proprioception proprioceptive kinesthesia vibratory
monofilament Semmes-Weinstein two-point discrimination dynamometer dynamometry Jamar pinch grip
goniometer goniometric goniometry inclinometer inclinometry inclinometric dual-inclinometer
flexion extension hyperextension hyperflexion abduction adduction pronation supination dorsiflexion
plantarflexion plantar-flexion inversion eversion radial-deviation ulnar-deviation circumduction opposition
lateral-bending rotation rotations protraction retraction elevation depression
dorsiflexed plantarflexed pronated supinated abducted adducted flexed extended
reflexes reflex biceps triceps brachioradialis patellar Achilles Babinski Hoffmann Hoffman plantar clonus
Spurling Lhermitte Adson Roos Wright Phalen Tinel Finkelstein Froment Allen Durkan Watson Kiloh-Nevin
Hawkins Kennedy Hawkins-Kennedy Neer Jobe Yergason Speed O'Brien Apprehension Relocation Whipple Belly-press
Lachman McMurray Apley Thessaly Steinmann Clarke Ober Thomas FABER FADIR Patrick Gaenslen Yeoman Waddell Waddell's
Lasègue Lasegue Slump Bragard Kernig Brudzinski Valsalva Milgram Hoover Homan Homans Thompson Mulder Kleiger
Cozen Mill Maudsley Tinel's Phalen's Spurling's Finkelstein's Lhermitte's Romberg's Babinski's
straight-leg SLR seated supine prone sidelying side-lying recumbent
strength sensation sensory motor myotomal dermatomal nondermatomal non-dermatomal nonanatomic nonphysiologic
nonorganic nonverbal pain-behavior

# Imaging, studies and procedures
MRI MRIs CT CTs radiograph radiographs radiographic radiography fluoroscopy fluoroscopic ultrasound ultrasonography
sonographic sonography arthrogram arthrography myelogram myelography discogram discography scintigraphy
electrodiagnostic electrodiagnosis electromyography electromyographic EMG EMGs NCV NCS nerve-conduction
latency latencies amplitude amplitudes F-wave F-waves H-reflex H-reflexes SNAP SNAPs CMAP CMAPs
T1 T2 STIR hyperintense hyperintensity hypointense hypointensity isointense enhancement gadolinium contrast
sagittal axial coronal parasagittal oblique
arthroscopy arthroscopic arthroscopically arthrotomy arthroplasty arthroplasties arthrodesis arthrocentesis
laminectomy laminotomy hemilaminectomy laminoplasty foraminotomy discectomy microdiscectomy diskectomy
corpectomy fusion fusions ACDF TLIF PLIF ALIF XLIF instrumentation instrumented pseudarthrosis hardware
kyphoplasty vertebroplasty rhizotomy radiofrequency ablation neurotomy neurolysis neuroplasty
injection injections epidural transforaminal interlaminar caudal intra-articular periarticular perineural
corticosteroid corticosteroids steroid steroids viscosupplementation hyaluronic PRP prolotherapy
acromioplasty decompression decompressions debridement debrided synovectomy meniscectomy meniscectomies
menisectomy chondroplasty microfracture reconstruction tenodesis tenotomy capsulorrhaphy capsulotomy
repair repairs release releases carpal-tunnel cubital-tunnel transposition fasciotomy fasciectomy
ORIF open-reduction internal-fixation osteosynthesis intramedullary IM nail plating screws K-wire K-wires
total-knee TKA THA TSA UKA hemiarthroplasty revision revisions
physiotherapy PT OT chiropractic chiropractor chiropractors acupuncture acupuncturist TENS iontophoresis phonophoresis
ergonomic ergonomics ergonomically workstation orthosis orthoses orthotic orthotics brace braces bracing splint
splints splinting immobilization immobilized immobilizer cane walker crutches wheelchair
functional-capacity FCE FCEs work-hardening work-conditioning

# Medications
acetaminophen ibuprofen naproxen meloxicam celecoxib diclofenac etodolac nabumetone ketorolac indomethacin
piroxicam oxaprozin salsalate NSAID NSAIDs COX-2 cyclooxygenase
cyclobenzaprine tizanidine methocarbamol baclofen carisoprodol metaxalone orphenadrine chlorzoxazone dantrolene
gabapentin pregabalin duloxetine venlafaxine desvenlafaxine milnacipran amitriptyline nortriptyline imipramine
desipramine trazodone mirtazapine bupropion sertraline fluoxetine paroxetine citalopram escitalopram vortioxetine
SSRI SSRIs SNRI SNRIs tricyclic tricyclics anticonvulsant anticonvulsants antidepressant antidepressants
tramadol tapentadol hydrocodone oxycodone oxymorphone hydromorphone morphine codeine fentanyl methadone
buprenorphine naloxone naltrexone butorphanol opioid opioids opiate opiates MME MMEs morphine-equivalent
benzodiazepine benzodiazepines diazepam lorazepam alprazolam clonazepam temazepam zolpidem eszopiclone
lidocaine bupivacaine ropivacaine mepivacaine capsaicin diclofenac-gel topical transdermal
prednisone prednisolone methylprednisolone dexamethasone triamcinolone betamethasone Medrol Depo-Medrol
sumatriptan rizatriptan topiramate propranolol verapamil onabotulinumtoxinA botulinum Botox
omeprazole pantoprazole esomeprazole lansoprazole famotidine ranitidine misoprostol sucralfate ondansetron
metformin insulin glipizide glyburide sitagliptin empagliflozin liraglutide semaglutide
lisinopril losartan amlodipine hydrochlorothiazide metoprolol atenolol carvedilol valsartan
atorvastatin simvastatin rosuvastatin pravastatin warfarin apixaban rivaroxaban clopidogrel aspirin
levothyroxine albuterol montelukast fluticasone cetirizine loratadine
Norco Percocet Vicodin Ultram Flexeril Zanaflex Robaxin Soma Skelaxin Neurontin Lyrica Cymbalta Elavil Celebrex
Mobic Naprosyn Motrin Advil Aleve Tylenol Voltaren Lidoderm Flector Toradol Nucynta OxyContin Dilaudid Suboxone
Butrans Ambien Lunesta Xanax Valium Ativan Klonopin Desyrel Wellbutrin Zoloft Prozac Lexapro Effexor
Imitrex Topamax Prilosec Protonix Nexium Pepcid Zofran Glucophage

# Med-legal, workers' compensation and disability
AME AMEs QME QMEs PQME IME IMEs PTP PTPs PR-2 PR-4 DFR DWC WCAB WCJ UR IMR RFA RFAs MTUS ACOEM ODG
MMI P&S TTD TPD PD PTD WPI WPIs UEFS DRE ROM AMA Guides Almaraz Guzman Almaraz-Guzman Benson Kite Escobedo
Labor apportionment apportion apportioned apportioning apportionable nonindustrial non-industrial industrially
causation causally causal compensable compensability noncompensable AOE COE AOE/COE cumulative CT
permanent stationary maximal medical improvement impairment impairments disability disabilities ratable rateable
rating ratings rated rater raters preexisting pre-existing preinjury pre-injury postinjury post-injury
sequela sequelae residuals exacerbation exacerbations aggravation aggravations flare-up flare-ups
restrictions prophylactic prophylactically work-restrictions modified-duty light-duty
deposition depositions deponent interrogatories subpoena subpoenaed subpoenas declarant declarations
claimant claimants applicant applicants defendant defendants plaintiff plaintiffs respondent respondents
adjuster adjusters adjustor adjustors insurer insurers self-insured TPA TPAs carrier carriers
vocational nonvocational homebound sedentary ADL ADLs IADL IADLs
medicolegal med-legal medico-legal interrater intrarater reproducibility reliability validity
psychometric psychometrics MMPI MMPI-2 MMPI-2-RF PHQ-9 GAD-7 BDI BAI Oswestry ODI NDI DASH QuickDASH LEFS
VAS NRS PROMIS SF-36 Beck Hamilton

# Clinical writing
history historian historical HPI PMH PSH ROS NKDA NKA BID TID QID QHS PRN PO IV IM SQ subcutaneous
bilateral bilaterally unilateral unilaterally ipsilateral contralateral contralaterally ipsilaterally
proximal proximally distal distally medial medially lateral laterally anterior anteriorly posterior posteriorly
superior superiorly inferior inferiorly ventral dorsally cephalad caudad caudal cranial rostral paramedian midline
superficial deep subcutaneous intramuscular intravenous intraarticular intra-articular extra-articular
anterolateral anteromedial posterolateral posteromedial dorsolateral ventrolateral inferolateral superolateral
mediolateral anteroposterior AP PA lateral oblique
acute subacute chronic chronically intermittent intermittently episodic constant constantly radiating radiates
nonradiating non-radiating referred localized diffuse diffusely focal focally multifocal multilevel multi-level
mild moderate severe marked minimal minimally moderately severely markedly
unremarkable noncontributory non-contributory nontender non-tender afebrile ambulatory alert oriented
normocephalic atraumatic anicteric nonlabored supple euthymic dysthymic anxious tearful
tolerated tolerates intolerance intolerant refractory recalcitrant intractable conservative nonoperative
non-operative operative postoperative postoperatively preoperative preoperatively perioperative intraoperative
intraoperatively status-post s/p w/o c/o h/o f/u r/o
diagnosis diagnoses diagnostic differential prognosis prognoses prognostic etiology etiologies etiologic idiopathic
iatrogenic comorbid comorbidity comorbidities multifactorial symptomatology symptomatic asymptomatic
neurovascular neurovascularly neuromuscular musculoskeletal neurologic neurological neurologically orthopedic
orthopaedic orthopedist orthopaedist orthopedics orthopaedics physiatrist physiatry physiatric neurologist
neurosurgeon neurosurgery neurosurgical rheumatologist rheumatology rheumatologic podiatrist podiatry
psychiatrist psychologist psychiatry psychology anesthesiologist anesthesiology radiologist radiology
internist hospitalist otolaryngologist ophthalmologist optometrist audiologist pharmacologist toxicologist

# Words of the app's own templates and sample reports that English alone flagged
examinee examinees paracentral hallucis pollicis longus brevis psychometrist psychometrists neurodiagnostic
neurodiagnostics postsurgical presurgical nonindustrially nonapportionable subrosa sub-rosa medicolegally sacral
paraspinous interspace interspaces trapezial periscapular subscapular interscapular pericervical perilumbar
nontenderness palpatory nonradicular nonverifiable anti-inflammatories neuromodulator neuromodulators prehabilitation
electrodiagnostics polyradiculopathy polyradiculopathies radiculoplexus lumbopelvic sacroiliitis meralgia paresthetica
sulcus sulci Guyon stenosing telehealth telemedicine videoconference nonadherence pain-free nonsteroidal
`;
