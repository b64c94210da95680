// theme.js applies the reader's colour theme before anything is drawn:
// it is the one script in <head> that is not deferred (a few hundred
// bytes, fingerprinted and cached for good), so a reader who chose dark
// never sees a light frame. The choice (light, dark, or none for the
// system's) is kept in localStorage by web/boot.js's theme switch. An
// address's own ?theme= (set by the server) wins. Also marks the page as
// scripted, so the controls that need a script show from the first frame.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var choice = null;
  try { choice = window.localStorage.getItem("atlas-theme"); } catch (err) { /* storage blocked: the system's */ }
  if (choice !== "light" && choice !== "dark") choice = "auto";
  root.setAttribute("data-theme-choice", choice);
  if (choice !== "auto" && !root.hasAttribute("data-theme")) root.setAttribute("data-theme", choice);
})();
