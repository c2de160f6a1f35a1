// Diplograph's set-up of the Fuseki console, loaded by the page the server sends (see ConsoleSetup).
// It reads /diplograph/console.json and, as the single-page console changes pages:
//  - adds the graph's prefixes to the query page's own prefix buttons (the page's Vue data),
//  - puts a menu of the canned queries beside the page's own example queries, and opens the
//    editor on one of them rather than on the UI's sample of any triples,
//  - shows the Diplograph version,
//  - on a read-only server, hides what would write (add data, edit, upload, new dataset, remove,
//    backup, compact): the server would refuse it anyway.
// Nothing is fetched from another host.
(function () {
  "use strict";
  var WRITES = ["add data", "edit", "upload", "upload files", "upload now", "upload all", "add new dataset",
    "new dataset", "add one", "remove", "backup", "compact"];
  var WRITE_ROUTES = /#\/(dataset\/[^/]+\/(upload|edit)|manage\/new)\b/;
  var setup = null;
  var seen = new WeakSet();
  var opened = new WeakSet();
  // The UI's own opening query, a sample of any triples; the console opens on a query of this graph instead.
  var FUSEKI_DEFAULT = /\?sub\s+\?pred\s+\?obj/;
  var OPENING = "countries";

  function label(el) {
    return (el.textContent || "").replace(/\s+/g, " ").trim().toLowerCase();
  }

  // The Vue component instances of the page, found from the app's root vnode.
  function components() {
    var app = document.getElementById("app");
    var out = [];
    var root = app && app._vnode;
    var stack = root ? [root] : [];
    while (stack.length) {
      var v = stack.pop();
      if (!v) continue;
      if (v.component) {
        out.push(v.component);
        stack.push(v.component.subTree);
      }
      if (v.suspense && v.suspense.activeBranch) stack.push(v.suspense.activeBranch);
      if (Array.isArray(v.children)) {
        for (var i = 0; i < v.children.length; i++) if (v.children[i] && typeof v.children[i] === "object") stack.push(v.children[i]);
      }
    }
    return out;
  }

  // The query page's component: the one holding the prefix buttons, the examples and the editor.
  function queryPage() {
    var all = components();
    for (var i = 0; i < all.length; i++) {
      var p = all[i].proxy;
      if (p && Array.isArray(p.prefixes) && Array.isArray(p.queries) && typeof p.setQuery === "function") return p;
    }
    return null;
  }

  function addPrefixes(page) {
    var have = {};
    page.prefixes.forEach(function (p) { have[p.text] = true; });
    setup.prefixes.forEach(function (p) {
      if (!have[p.text]) page.prefixes.push({ uri: p.uri, text: p.text });
    });
  }

  function addExamples(page) {
    if (document.getElementById("diplograph-examples")) return;
    var anchor = Array.prototype.find.call(document.querySelectorAll("fieldset"), function (f) {
      return /example queries/i.test(f.textContent || "");
    });
    if (!anchor) return;
    var box = document.createElement("fieldset");
    box.className = "mt-2";
    var title = document.createElement("label");
    title.className = "col-form-label pt-0";
    title.setAttribute("for", "diplograph-examples");
    title.textContent = "Diplograph queries";
    var menu = document.createElement("select");
    menu.id = "diplograph-examples";
    menu.className = "form-select form-select-sm";
    var first = document.createElement("option");
    first.value = "";
    first.textContent = "Choose a query of the catalogue…";
    menu.appendChild(first);
    setup.examples.forEach(function (e) {
      var o = document.createElement("option");
      o.value = e.name;
      o.textContent = e.name + " — " + e.summary;
      o.title = e.summary;
      menu.appendChild(o);
    });
    menu.addEventListener("change", function () {
      var e = setup.examples.find(function (x) { return x.name === menu.value; });
      var current = queryPage();
      if (e && current) current.setQuery(e.query);
    });
    box.appendChild(title);
    box.appendChild(menu);
    anchor.parentNode.insertBefore(box, anchor.nextSibling);
  }

  // Replaces the UI's generic opening query, never one the user wrote or a link carried.
  function openOnThisGraph(page) {
    if (opened.has(page) || !page.yasqe) return;
    opened.add(page);
    var opening = setup.examples.find(function (x) { return x.name === OPENING; }) || setup.examples[0];
    if (opening && FUSEKI_DEFAULT.test(page.yasqe.getValue()) && !/[?&]query=/.test(location.hash)) page.setQuery(opening.query);
  }

  function showVersion() {
    var text = "Diplograph " + setup.version;
    if (!document.getElementById("diplograph-version")) {
      var nav = document.querySelector(".navbar-collapse") || document.querySelector("nav");
      if (nav) {
        var v = document.createElement("span");
        v.id = "diplograph-version";
        v.className = "navbar-text ms-3 small";
        v.textContent = text + (setup.readOnly ? " · read-only" : "");
        nav.appendChild(v);
      }
    }
    // The listing page's header says "Version <development>": the embedded server's own version is
    // not recorded in the jar; say which build this is instead.
    document.querySelectorAll("span").forEach(function (s) {
      if (s.children.length === 0 && /^Version <development>/.test(s.textContent || "")) {
        s.textContent = s.textContent.replace(/^Version <development>/, text);
      }
    });
  }

  function hideWrites() {
    document.querySelectorAll("button, a, .nav-item").forEach(function (el) {
      if (el.dataset.diplographHidden) return;
      var target = el.matches(".nav-item") ? el.querySelector("a") : el;
      if (!target) return;
      var writes = WRITES.indexOf(label(target)) >= 0 || /\/(upload|edit)$|manage\/new$/.test(target.getAttribute("href") || "");
      if (writes) {
        el.dataset.diplographHidden = "true";
        el.style.setProperty("display", "none", "important");   // the buttons' own classes say display:block !important
        el.setAttribute("aria-hidden", "true");
        if (el.tagName === "BUTTON") el.disabled = true;
      }
    });
    if (WRITE_ROUTES.test(location.hash)) {
      location.hash = location.hash.replace(WRITE_ROUTES, function (m, path) {
        return path.indexOf("dataset/") === 0 ? "#/" + path.replace(/\/(upload|edit)$/, "/query") : "#/";
      });
    }
  }

  function apply() {
    if (!setup) return;
    showVersion();
    if (setup.readOnly) hideWrites();
    var page = queryPage();
    if (page && page.yasqe) {   // the page makes its editor a moment after it shows; the menu waits for it
      if (!seen.has(page)) {
        seen.add(page);
        addPrefixes(page);
      }
      addExamples(page);
      openOnThisGraph(page);
    }
  }

  var scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    // a timer, not an animation frame: a browser may hold frames back for a page it does not show
    window.setTimeout(function () {
      scheduled = false;
      apply();
    }, 30);
  }

  fetch("/diplograph/console.json", { credentials: "same-origin" })
    .then(function (r) {
      if (!r.ok) throw new Error("console set-up answered " + r.status);
      return r.json();
    })
    .then(function (s) {
      setup = s;
      window.diplograph = s;
      new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true, characterData: true });
      window.addEventListener("hashchange", schedule);
      apply();
      window.setInterval(apply, 1000);   // a backstop should a change escape the observer
    })
    .catch(function (e) { console.error("Diplograph console set-up:", e); });
})();
