// Runs before the first paint: hides the prerendered start page when this visit shows another
// screen. Why and how: src/boot/first-view.ts (showsPrerenderedView is the same test).
{
  const hash = location.hash
  let saved = false
  try {
    saved = localStorage.getItem('massage-match') !== null
  } catch {
    // Storage blocked: nothing saved, as the app sees it.
  }
  if (!(hash === '' || hash === '#' || hash === '#/') || saved) {
    document.documentElement.setAttribute('data-boot', 'loading')
  }
}
