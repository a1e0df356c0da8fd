// Page script text that times each typed key to the frame after its character went in (beforeinput's handlers and the
// render they schedule run before it): bench:editor and bench:ui time typing the same way. Text, not a function, so
// tsx's name helpers never end up in the page.

/** Pushes each key's time in ms onto `into`, an array expression in the page (e.g. `window.__keyFrames`). */
export const keyFrameProbe = (into: string) => `{
  let lastKeydown = 0;
  window.addEventListener('keydown', (e) => { lastKeydown = e.timeStamp; }, true);
  window.addEventListener('beforeinput', () => {
    const t0 = lastKeydown;
    requestAnimationFrame(() => setTimeout(() => ${into}.push(performance.now() - t0), 0));
  }, true);
}`;
