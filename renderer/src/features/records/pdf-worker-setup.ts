// Points pdf.js at its worker, bundled by Vite as a same-origin asset (the CSP allows workers from 'self' only).
import { GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;
