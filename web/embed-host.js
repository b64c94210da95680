// embed-host.js: for pages that embed a Compute Atlas widget and have no
// pym.js, Datawrapper or similar script of their own. It sets each of
// our iframes to the height the embed reports, so the widget is never cut
// and leaves no gap. Load it once, anywhere on the page:
//   <script async src="https://<our site>/web/embed-host.js"></script>
(function () {
  "use strict";
  if (window.atlasEmbedHost) return;
  window.atlasEmbedHost = true;
  // Only our own embeds may resize their frames: messages must come from
  // the origin this script was loaded from.
  var me = document.currentScript;
  var origin = me ? new URL(me.src, location.href).origin : "";
  window.addEventListener("message", function (e) {
    if (e.origin !== origin) return;
    var d = e.data;
    if (!d || typeof d !== "object" || d.atlas !== "height") return;
    var h = Math.round(Number(d.height));
    if (!(h > 0 && h < 20000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = h + "px";
        frames[i].setAttribute("height", String(h));
      }
    }
  });
})();
