// Injected by scripts/check-html.sh into a copy of a report (the report itself has no scripts).
// Lists, into <pre id="layout-check">, every element wider than its box or than the page, and
// every table cell whose single word (an id, a name, a number) the browser broke over two lines.
(function () {
  var problems = [];
  var page = document.documentElement.clientWidth;
  function name(el) {
    var s = el.tagName.toLowerCase();
    if (el.id) s += "#" + el.id;
    if (el.className && typeof el.className === "string") s += "." + el.className.trim().split(/\s+/).join(".");
    var section = el.closest("section[id]");
    if (section && section !== el) s = "section#" + section.id + " " + s;
    var table = el.closest("table");
    if (table && table !== el) {
      var caption = table.querySelector("caption, thead th");
      if (caption) s += " (table '" + caption.textContent.trim().slice(0, 50) + "')";
    }
    return s;
  }
  var flagged = [];
  function under(el) {
    for (var f = 0; f < flagged.length; f++) if (flagged[f].contains(el)) return true;
    return false;
  }
  var all = document.body.querySelectorAll("*");
  for (var i = 0; i < all.length; i++) {
    var el = all[i];
    if (el.closest("svg") && el.tagName.toLowerCase() !== "svg") continue;
    if (under(el)) continue;
    var before = problems.length;
    var r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > page + 1) problems.push("reaches past the page, to " + Math.round(r.right) + " of " + page + " px: " + name(el));
    else if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
      problems.push("wider than its box, " + el.scrollWidth + " in " + el.clientWidth + " px: " + name(el));
    if (problems.length > before) flagged.push(el);
  }
  // Every word of every table cell (a run without spaces, within one text node) on one line.
  function lineCount(range) {
    var lines = {};
    var rects = range.getClientRects();
    for (var k = 0; k < rects.length; k++) if (rects[k].width > 0) lines[Math.round(rects[k].top)] = true;
    return Object.keys(lines).length;
  }
  var cells = document.body.querySelectorAll("th, td");
  for (var j = 0; j < cells.length; j++) {
    var c = cells[j];
    var walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var re = /\S+/g, m;
      while ((m = re.exec(node.data)) !== null) {
        var range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        if (lineCount(range) > 1) problems.push("a word broken over lines: '" + m[0] + "' in " + name(c));
      }
    }
  }
  var out = document.createElement("pre");
  out.id = "layout-check";
  out.textContent = "LAYOUT " + page + "px " + (problems.length ? "FAIL\n" + problems.slice(0, 40).join("\n") : "OK") + "\nEND-LAYOUT";
  document.body.appendChild(out);
})();
