// boot.js starts the WebAssembly only after the page has painted, and
// only where a widget needs it, so the first paint owes nothing to the
// 1.5 MB download (docs/architecture.md, rule 2); it keeps the reader's
// view (scroll, focus, selection) across go-app's swap of the prerendered
// tree for its own.
(function () {
  "use strict";

  // The script's own element carries what the server knows: app.wasm's
  // and wasm_exec.js's fingerprinted addresses, go-app's environment, and
  // the service worker (not on embeds, which use no storage).
  var me = document.currentScript;
  var conf = me ? me.dataset : {};
  // Controls that need JavaScript (a timeline's range input) show from
  // here on; without it they stay hidden, and their links do the work.
  document.documentElement.classList.add("js");

  // On a static host (the export marks its pages data-static) every
  // address of a page gets one file, drawn in its default state, in the
  // default language (docs/deploy.md). What the address asks for and the
  // file does not show is done here, first: another language's file is
  // loaded in its place (data-lang-pages), an embed's theme is set, and
  // a state is applied by the wasm, started at once (below).
  var asked = new URLSearchParams(location.search);
  var notState = ["lang", "theme", "wasm", "initialWidth", "childId", "parentTitle", "parentUrl"];
  var stateAsked = false;
  if ("static" in conf) {
    var langPages = {};
    try { langPages = JSON.parse(conf.langPages || "{}"); } catch (err) { /* none */ }
    var want = asked.get("lang");
    if (want && want !== document.documentElement.lang && Object.prototype.hasOwnProperty.call(langPages, want)) {
      location.replace(langPages[want] + location.search + location.hash);
      return;
    }
    var theme = asked.get("theme");
    if ("embed" in conf && (theme === "light" || theme === "dark")) document.documentElement.dataset.theme = theme;
    asked.forEach(function (v, k) { if (notState.indexOf(k) < 0) stateAsked = true; });
  }

  function load(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  // What go-app's own app.js would define for its engine. We load the
  // wasm ourselves (docs/decisions.md, "Our own wasm loader"): straight
  // from fetch, so Chrome compiles it as it streams in and caches the
  // compiled code, and without go-app's progress wrapper, which fed every
  // chunk through JavaScript on the main thread.
  var env = {};
  try { env = JSON.parse(conf.goappEnv || "{}"); } catch (err) { /* go-app's defaults */ }
  window.goappGetenv = function (k) { return env[k]; };
  window.goappNav = function () { };
  window.goappOnUpdate = function () { };
  window.goappOnAppInstallChange = function () { };
  window.goappKeepBodyClean = function () { return function () { }; };

  // A storage that lives as long as the page. go-app's engine reads
  // localStorage and sessionStorage when it starts; a cross-origin iframe
  // whose browser blocks third-party storage throws on that read, and
  // the wasm would never start. Embeds always get this one: they keep
  // nothing on the reader's machine.
  function memoryStorage() {
    var data = {};
    return {
      get length() { return Object.keys(data).length; },
      key: function (i) { var k = Object.keys(data)[i]; return k === undefined ? null : k; },
      getItem: function (k) { return Object.prototype.hasOwnProperty.call(data, k) ? data[k] : null; },
      setItem: function (k, v) { data[k] = String(v); },
      removeItem: function (k) { delete data[k]; },
      clear: function () { data = {}; }
    };
  }
  function guardStorage() {
    ["localStorage", "sessionStorage"].forEach(function (name) {
      var usable = false;
      if (!("embed" in conf)) {
        try { usable = !!window[name] && typeof window[name].length === "number"; } catch (err) { usable = false; }
      }
      if (!usable) {
        try { Object.defineProperty(window, name, { value: memoryStorage(), configurable: true }); } catch (err) { /* left as is */ }
      }
    });
  }

  var started = false;
  function start() {
    if (started) return;
    started = true;
    if (!("WebAssembly" in window) || !conf.wasm) return;
    // go-app's rules: no wasm for crawlers, nor with ?wasm=false.
    if (/bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent)) return;
    if (new URLSearchParams(location.search).get("wasm") === "false") return;
    guardStorage();
    var response = fetch(conf.wasm);
    load(conf.exec).then(function () {
      var go = new window.Go();
      var instantiate = WebAssembly.instantiateStreaming
        ? WebAssembly.instantiateStreaming(response, go.importObject)
        : response.then(function (r) { return r.arrayBuffer(); })
          .then(function (b) { return WebAssembly.instantiate(b, go.importObject); });
      return instantiate.then(function (wasm) { go.run(wasm.instance); });
    }).catch(function (err) { console.error("atlas: wasm", err); });
  }

  // When to start. A page without widgets has nothing for the wasm to do:
  // it never loads it, and is ready as it is. A story starts it once a
  // widget is within a screen of the viewport, or at the reader's first
  // key, tap or click, whichever comes first: a story whose widgets are
  // further down costs a phone nothing until they near. An embed starts
  // it when the reader reaches for it (pointer over it, a tap, a key):
  // inside a newsroom's article on a phone, the iframe often shares the
  // article's main thread, and the wasm's start-up would freeze the
  // article while its reader only scrolls past. Until then every control
  // is a link that loads its state. Either starts it at once when the
  // reader came from another state of the same embed, or when the
  // address names a state that a static host's file does not show.
  // Never before the first paint: two frames after load.
  function fromSameEmbed() {
    try {
      var r = new URL(document.referrer);
      return r.origin === location.origin && r.pathname === location.pathname;
    } catch (err) { return false; }
  }

  function whenNeeded() {
    var widgets = document.querySelectorAll("[data-widget]");
    if (!widgets.length) {
      document.documentElement.dataset.ready = "true";
      return;
    }
    var framed = "embed" in conf;
    var intents = ["pointerdown", "keydown", "touchstart", "focusin"];
    if (framed) intents.push("pointerover");
    var observer = null;
    function go() {
      intents.forEach(function (t) { document.removeEventListener(t, go, true); });
      if (observer) observer.disconnect();
      start();
    }
    if ((framed && fromSameEmbed()) || stateAsked) { go(); return; }
    intents.forEach(function (t) { document.addEventListener(t, go, true); });
    if (framed) return;
    if (!("IntersectionObserver" in window)) { go(); return; }
    observer = new IntersectionObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) if (entries[i].isIntersecting) { go(); return; }
    }, { rootMargin: "100% 0px" });
    for (var i = 0; i < widgets.length; i++) observer.observe(widgets[i]);
  }

  function afterPaint() {
    // Two frames after load: the first paint is done.
    requestAnimationFrame(function () { requestAnimationFrame(whenNeeded); });
  }

  if (document.readyState === "complete") afterPaint();
  else window.addEventListener("load", afterPaint);

  // The service worker (internal/server/goapp.go) keeps a copy of what
  // readers visit, so a visited story reads offline. Our pages only:
  // embeds keep nothing on the reader's machine. A page loaded while no
  // worker controlled it (the first visit, or a reload that bypassed it)
  // came from the network alone, and so was not kept: once the worker is
  // ready the page tells it what it needs, and the worker keeps what it
  // lacks. So does a page at a state address (with a query), which is
  // never kept itself: the worker answers it offline with its default
  // state, the page's address without the query.
  if (conf.worker && "serviceWorker" in navigator) {
    var unkept = !navigator.serviceWorker.controller || location.search !== "";
    window.addEventListener("load", function () {
      navigator.serviceWorker.register(conf.worker).catch(function (err) {
        console.warn("atlas: service worker", err);
      });
      if (!unkept) return;
      navigator.serviceWorker.ready.then(function (reg) {
        if (reg.active) reg.active.postMessage({ atlas: "keep", urls: pageFiles() });
      });
    });
  }

  // What the page needs to read as it is: its own address (its default
  // state), what its elements name (stylesheet, preloads, icon, scripts,
  // pictures; a story's pictures are SVG in the page itself) and what its
  // stylesheet loaded (fonts). Our origin only, and never app.wasm, which
  // is left to the HTTP cache; the worker checks each address again.
  function pageFiles() {
    var urls = [location.origin + location.pathname];
    var els = document.querySelectorAll('link[rel~="stylesheet"][href], link[rel~="preload"][href], link[rel~="icon"][href], script[src], img[src]');
    for (var i = 0; i < els.length; i++) urls.push(els[i].localName === "link" ? els[i].href : els[i].src);
    if (window.performance && performance.getEntriesByType) {
      performance.getEntriesByType("resource").forEach(function (e) {
        if (e.initiatorType === "css") urls.push(e.name);
      });
    }
    return urls.filter(function (u, i) {
      var url;
      try { url = new URL(u, location.href); } catch (err) { return false; }
      return url.origin === location.origin && !/\.wasm$/.test(url.pathname) && urls.indexOf(u) === i;
    });
  }

  // A new version. The worker answers from the network first, so a page
  // loads current; but a page left open across a deploy, read offline
  // from the worker's copy, or brought back from the back-forward cache
  // may not be. Its boot script carries the version it was made from
  // (data-version) and /version.json says which version is out; when they
  // differ, the notice the server wrote outside div#atlas shows (its
  // role=status container announces it). The page asks once it is idle
  // after load, whenever the reader comes back (online again, the tab
  // shown again, the page restored from the back-forward cache) and every
  // 30 minutes while the tab is in view, until it has found a newer
  // version. Never from the cache (no-store here; the worker leaves the
  // address to the network); a failure (offline) says nothing. The
  // notice's data-checked is the version the site last said it had.
  var notice = document.getElementById("update-notice");
  var noticeBox = notice && notice.querySelector(".update-notice-box");
  if (conf.worker && conf.version && noticeBox && window.fetch) {
    var newer = false, asking = false;
    var checkVersion = function () {
      if (newer || asking || document.visibilityState === "hidden") return;
      asking = true;
      fetch("/version.json", { cache: "no-store" }).then(function (r) {
        return r.ok ? r.json() : null;
      }).then(function (v) {
        asking = false;
        if (!v || typeof v.version !== "string") return;
        notice.setAttribute("data-checked", v.version);
        if (v.version === conf.version) return;
        newer = true;
        noticeBox.hidden = false;
      }, function () { asking = false; });
    };
    var whenIdle = function () {
      // A few seconds after load, when the main thread is free: never
      // before the first paint, nor in the way of the wasm's start.
      setTimeout(function () {
        if ("requestIdleCallback" in window) requestIdleCallback(checkVersion, { timeout: 5000 });
        else checkVersion();
      }, 3000);
    };
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle);
    window.addEventListener("online", checkVersion);
    window.addEventListener("pageshow", function (e) { if (e.persisted) checkVersion(); });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") checkVersion();
    });
    setInterval(checkVersion, 30 * 60 * 1000);
    notice.addEventListener("click", function (e) {
      var b = e.target.closest && e.target.closest("button");
      if (!b) return;
      if (b.classList.contains("update-reload")) location.reload();
      else noticeBox.hidden = true;
    });
  }

  // Self-sizing. An embed in another page's iframe tells the page its
  // height on load and whenever it changes (state, fonts, width, an opened
  // table), in the formats host pages already listen for: pym.js (with
  // the childId pym put in our query), Datawrapper's, the iframe.resize
  // JSON of embed.ly and Flourish, AMP's embed-size, and our own host
  // script's (web/embed-host.js). The height is the body's: the iframe's
  // own height never feeds back into it, so it can shrink as well as grow.
  function sizeToContent() {
    // pym's childId comes in the first address only: a state link (the
    // page never echoes host parameters) loses it, so the frame keeps it
    // in its window name, which lasts as long as the frame and is not
    // storage.
    var pymId = new URLSearchParams(location.search).get("childId");
    var named = /^atlas-pym:/.test(window.name);
    if (pymId && (named || !window.name)) window.name = "atlas-pym:" + pymId;
    else if (!pymId && named) pymId = window.name.slice("atlas-pym:".length);
    var id = location.pathname.replace(/^\/embed\//, "");
    var last = -1, queued = false;
    function post() {
      queued = false;
      var h = Math.ceil(document.body.getBoundingClientRect().height);
      if (h === last || h === 0) return;
      last = h;
      var p = window.parent, dw = {};
      dw[id] = h;
      if (pymId) p.postMessage("pymxPYMx" + pymId + "xPYMxheightxPYMx" + h, "*");
      p.postMessage({ "datawrapper-height": dw }, "*");
      p.postMessage(JSON.stringify({ src: location.href, context: "iframe.resize", height: h }), "*");
      p.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
      p.postMessage({ atlas: "height", height: h }, "*");
    }
    function queue() {
      if (queued) return;
      queued = true;
      requestAnimationFrame(post);
    }
    if ("ResizeObserver" in window) new ResizeObserver(queue).observe(document.body);
    window.addEventListener("load", queue);
    window.addEventListener("resize", queue);
    document.addEventListener("toggle", queue, true);
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(queue);
    queue();
  }
  if ("embed" in conf && window.parent !== window) sizeToContent();

  // The Embed control (widget.share): the code is server-rendered for the
  // state on screen; here the reader's language and colours go into it,
  // and the copy buttons copy it and say so.
  function embedAddress(box) {
    var u = new URL(box.getAttribute("data-embed"), location.href);
    var l = box.querySelector('input[name$="-lang"]:checked');
    var th = box.querySelector('input[name$="-theme"]:checked');
    if (l) u.searchParams.set("lang", l.value);
    if (th && th.value !== "auto") u.searchParams.set("theme", th.value); else u.searchParams.delete("theme");
    return u.href;
  }
  function applyChoices(box) {
    var src = 'src="' + embedAddress(box).replace(/&/g, "&amp;").replace(/"/g, "&#34;") + '"';
    var fields = box.querySelectorAll(".share-code");
    // The address is rebuilt from data-embed, which the wasm keeps to the
    // state on screen, so the code is right after any state change too.
    for (var i = 0; i < fields.length; i++) {
      fields[i].value = fields[i].value.replace(/src="[^"]*\/embed\/[^"]*"/, src);
    }
  }
  document.addEventListener("change", function (e) {
    var box = e.target.closest && e.target.closest(".widget-share");
    if (box && e.target.type === "radio") applyChoices(box);
  });
  document.addEventListener("toggle", function (e) {
    if (e.target.classList && e.target.classList.contains("widget-share") && e.target.open) applyChoices(e.target);
  }, true);
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest(".share-copy");
    if (!button) return;
    var box = button.closest(".widget-share");
    if (box) applyChoices(box);
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = box && box.querySelector(".share-status");
    var done = function () { if (status) status.textContent = button.getAttribute("data-copied"); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
    } else {
      field.select();
      try { if (document.execCommand("copy")) done(); } catch (err) { /* selected: the reader copies */ }
    }
  });

  // A timeline's range input: when the reader lets go (or steps with a
  // key), follow the link of the event it points at: with the wasm live
  // that changes the state in place (one history entry), before it a
  // plain page load.
  document.addEventListener("change", function (e) {
    if (!e.target.classList || !e.target.classList.contains("tl-range")) return;
    var widget = e.target.closest("[data-widget]");
    var ticks = widget ? widget.querySelectorAll(".tl-tick") : [];
    var tick = ticks[Number(e.target.value)];
    if (tick) tick.click();
  });

  // "Cite this": the date of access is the reader's, written in when the
  // box opens (the server's page never depends on its day).
  function fillAccessDates(box) {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    var iso = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    var long = iso;
    try {
      long = new Intl.DateTimeFormat(document.documentElement.lang, { day: "numeric", month: "long", year: "numeric" }).format(now);
    } catch (err) { /* the ISO date */ }
    box.querySelectorAll(".access-date").forEach(function (el) { el.textContent = long; });
    box.querySelectorAll(".access-date-iso").forEach(function (el) { el.textContent = iso; });
    box.querySelectorAll(".cite-url").forEach(function (el) { el.textContent = location.origin + el.getAttribute("data-path"); });
  }
  document.addEventListener("toggle", function (e) {
    var c = e.target.classList;
    if (c && (c.contains("cite-box") || c.contains("widget-share")) && e.target.open) fillAccessDates(e.target);
  }, true);
  // A view's citation is redrawn with each state change (its address
  // changes): reaching for it fills its date again.
  ["focusin", "pointerdown"].forEach(function (type) {
    document.addEventListener(type, function (e) {
      var box = e.target.closest && e.target.closest(".share-cite");
      if (box) fillAccessDates(box);
    }, true);
  });

  // A section heading's link (#) goes to the section, as a link does, and
  // also copies the section's full address, marking itself copied.
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest(".heading-link");
    if (!a || !navigator.clipboard || !navigator.clipboard.writeText) return;
    navigator.clipboard.writeText(location.origin + location.pathname + location.search + a.getAttribute("href")).then(function () {
      a.setAttribute("data-copied", "");
      setTimeout(function () { a.removeAttribute("data-copied"); }, 2000);
    }, function () { /* the address bar has it */ });
  });

  // Tooltips (citations and glossary terms) show by CSS on hover and
  // focus (the map's hubs are popovers, which the browser closes).
  // Escape closes the one in use; it may open again when the reader comes
  // back to it.
  var tipHosts = ".cite, .term";
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

  // The colour theme switch (app/ui/layout.go): web/theme.js applied the
  // stored choice before the first frame; this keeps the buttons'
  // aria-pressed true to it and stores a new choice ("auto" forgets it).
  function showTheme(choice) {
    var buttons = document.querySelectorAll(".theme-switch [data-theme-choice]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-theme-choice") === choice));
    }
  }
  showTheme(document.documentElement.getAttribute("data-theme-choice") || "auto");
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest(".theme-switch [data-theme-choice]");
    if (!b) return;
    var choice = b.getAttribute("data-theme-choice"), root = document.documentElement;
    try {
      if (choice === "auto") window.localStorage.removeItem("atlas-theme");
      else window.localStorage.setItem("atlas-theme", choice);
    } catch (err) { /* storage blocked: this page only */ }
    root.setAttribute("data-theme-choice", choice);
    if (choice === "auto") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", choice);
    showTheme(choice);
  });

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
    var here = a.origin === location.origin && a.pathname === location.pathname;
    if (here && a.hash) openAround(document.getElementById(decodeURIComponent(a.hash.slice(1))));
    var stateLink = here && !a.hash && a.target !== "_blank" && a.closest("[data-widget]");
    if (!stateLink) e.stopPropagation();
  }, true);

  // A link to an entry folded away (an embed's source list, its "More")
  // opens the disclosures around it before the browser moves there:
  // Chromium does so itself, other browsers may not.
  function openAround(el) {
    for (var d = el && el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
  }

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
      // Disclosures a reader opened in a widget before the wasm (go-app
      // renders them closed; the rest of the page is kept as it is).
      open: Array.prototype.map.call(document.querySelectorAll("[data-widget] details[open]"), pathOf),
      focus: document.activeElement && document.activeElement !== document.body ? pathOf(document.activeElement) : null,
      range: range && !range.collapsed ? {
        start: pathOf(range.startContainer), so: range.startOffset - lead(range.startContainer),
        end: pathOf(range.endContainer), eo: range.endOffset - lead(range.endContainer)
      } : null
    };
  };

  window.atlasRestoreView = function () {
    if (!saved) return;
    saved.open.forEach(function (path) {
      var d = nodeAt(path);
      if (d && d.localName === "details") d.open = true;
    });
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

  // The dated sections of a story move its pinned widget (a map beside
  // the text) to their dates as the reader scrolls: the section whose
  // heading has passed the reading line (45% down the window) gives the
  // date; above the first one the page's own date holds. Only while
  // site.css pins the widget (wide screens, motion allowed): everyone
  // else sees each section's still picture instead. The page's Go code
  // owns the state (window.atlasScrollDate, set by the wasm); this only
  // reads positions, and never touches the address or the history.
  var scrollDate = null, scrollQueued = false;
  function pinned() {
    var pin = document.querySelector(".scrolly-pin");
    return pin && getComputedStyle(pin).position === "sticky";
  }
  window.atlasScrolled = function () {
    scrollQueued = false;
    if (typeof window.atlasScrollDate !== "function" || !pinned()) return;
    var line = window.innerHeight * 0.45, date = "";
    var heads = document.querySelectorAll(".scrolly-text h2[data-date]");
    for (var i = 0; i < heads.length; i++) {
      if (heads[i].getBoundingClientRect().top < line) date = heads[i].dataset.date;
    }
    if (date !== scrollDate) {
      scrollDate = date;
      window.atlasScrollDate(date);
    }
  };
  window.addEventListener("scroll", function () {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(window.atlasScrolled);
  }, { passive: true });
})();
