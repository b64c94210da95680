// boot.js starts the WebAssembly only after the page has painted, so the
// first paint owes nothing to the 1.5 MB download (docs/architecture.md, rule 2), and
// keeps the reader's view (scroll, focus, selection) across go-app's swap
// of the prerendered tree for its own.
(function () {
  "use strict";

  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function start() {
    if (!("WebAssembly" in window)) return;
    load("/wasm_exec.js").then(function () { return load("/app.js"); })
      .catch(function (err) { console.error("atlas: wasm scripts", err); });
  }

  function afterPaint() {
    // Two frames after load: the first paint is done.
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        if ("requestIdleCallback" in window) requestIdleCallback(start, { timeout: 1500 });
        else setTimeout(start, 50);
      });
    });
  }

  if (document.readyState === "complete") afterPaint();
  else window.addEventListener("load", afterPaint);

  // Tooltips (citations, glossary terms, and any widget element marked
  // data-tip-host, such as the map's hubs) show by CSS on hover and focus.
  // Escape closes the one in use; it may open again when the reader comes
  // back to it.
  var tipHosts = ".cite, .term, [data-tip-host]";
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    var hosts = document.querySelectorAll(tipHosts);
    for (var i = 0; i < hosts.length; i++) {
      if (hosts[i].matches(":hover") || hosts[i].contains(document.activeElement)) {
        hosts[i].setAttribute("data-dismissed", "");
      }
    }
  });
  function reopen(e) {
    var host = e.target.closest && e.target.closest(tipHosts);
    if (host && !host.contains(e.relatedTarget)) host.removeAttribute("data-dismissed");
  }
  document.addEventListener("focusin", reopen);
  document.addEventListener("mouseover", reopen);

  // Links. go-app takes every same-origin link click and renders the
  // target in place (and opens other sites with window.open). We let it
  // do so only for a widget's state links: the same page with another
  // query, applied in place. Everything else stays the browser's: another
  // page loads as server HTML, a #fragment link moves the reader and the
  // keyboard's starting point (the skip link), another site opens as
  // usual. On a touch screen a citation number is first a tooltip, then a
  // link: the first tap shows the source, a second goes to the list.
  var openBeforeTap = false;
  document.addEventListener("pointerdown", function (e) {
    var ref = e.target.closest && e.target.closest(".cite-ref");
    openBeforeTap = !!ref && document.activeElement === ref && !ref.parentNode.hasAttribute("data-dismissed");
  }, true);
  window.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href]");
    if (!a) return;
    if (a.classList.contains("cite-ref") && e.pointerType === "touch" && !openBeforeTap) {
      e.preventDefault();
      a.parentNode.removeAttribute("data-dismissed");
      a.focus();
    }
    var stateLink = a.origin === location.origin && a.pathname === location.pathname &&
      !a.hash && a.target !== "_blank" && a.closest("[data-widget]");
    if (!stateLink) e.stopPropagation();
  }, true);

  // The view across the swap. Element paths are lists of element-child
  // indices from <body>: the client tree has the same elements as the
  // server's, but not the same whitespace text nodes.
  var saved = null;

  function pathOf(node) {
    var path = [];
    while (node && node !== document.body) {
      var parent = node.parentNode;
      if (!parent) return null;
      if (node.nodeType === 1) {
        path.unshift(Array.prototype.indexOf.call(parent.children, node));
      } else {
        // A text node: its index among the parent's non-blank text nodes.
        var texts = Array.prototype.filter.call(parent.childNodes, function (n) {
          return n.nodeType === 3 && n.textContent.trim() !== "";
        });
        path.unshift("t" + texts.indexOf(node));
      }
      node = parent;
    }
    return node === document.body ? path : null;
  }

  function nodeAt(path) {
    var node = document.body;
    for (var i = 0; node && path && i < path.length; i++) {
      var step = path[i];
      if (typeof step === "number") {
        node = node.children[step];
      } else {
        var texts = Array.prototype.filter.call(node.childNodes, function (n) {
          return n.nodeType === 3 && n.textContent.trim() !== "";
        });
        node = texts[parseInt(step.slice(1), 10)];
      }
    }
    return node || null;
  }

  // Offsets in a text node are counted without its leading whitespace,
  // which the server's indentation adds and the client's DOM lacks.
  function lead(node) {
    return node.nodeType === 3 ? node.textContent.length - node.textContent.replace(/^\s+/, "").length : 0;
  }

  window.atlasSaveView = function () {
    var sel = window.getSelection();
    var range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    saved = {
      x: window.scrollX,
      y: window.scrollY,
      focus: document.activeElement && document.activeElement !== document.body ? pathOf(document.activeElement) : null,
      range: range && !range.collapsed ? {
        start: pathOf(range.startContainer), so: range.startOffset - lead(range.startContainer),
        end: pathOf(range.endContainer), eo: range.endOffset - lead(range.endContainer)
      } : null
    };
  };

  window.atlasRestoreView = function () {
    if (!saved) return;
    if (saved.focus) {
      var el = nodeAt(saved.focus);
      if (el && el.focus) el.focus({ preventScroll: true });
    }
    if (saved.range) {
      var s = nodeAt(saved.range.start), e = nodeAt(saved.range.end);
      if (s && e) {
        try {
          var r = document.createRange();
          r.setStart(s, Math.max(0, saved.range.so + lead(s)));
          r.setEnd(e, Math.max(0, saved.range.eo + lead(e)));
          var sel = window.getSelection();
          sel.removeAllRanges();
          sel.addRange(r);
        } catch (err) { /* the tree changed under the range: keep the page, drop the selection */ }
      }
    }
    if (window.scrollX !== saved.x || window.scrollY !== saved.y) window.scrollTo(saved.x, saved.y);
  };
})();
