import DFCostApp
import DFCostRender

extension Pages {
    /// The simulation form (trials, seed) over the what-ifs; with a finished run (`job`, or
    /// `run=1` run in the request) the report's simulation: the KS2 table, the S-curve, the tornado.
    func simulate(_ path: String, whatIfs: WhatIfs, trials: Int, seed: UInt64, outcome: Report?, problem: Problem?, query: String) throws -> String {
        let scenario = try folder.load(path)
        let page = "/simulate/" + Links.filePath(path)
        var content = "<header>\n<h1>\(html(scenario.base.metadata.title))</h1>\n<p class=\"meta\">\(html(path)) · <a href=\"\(html(Links.path("/table/" + Links.filePath(path), language: language, query: QueryItems(pairs: whatIfs.pairs).encoded(keeping: Set(WhatIfs.names)))))\">\(html(words.tableOf))</a></p>\n</header>\n<main>\n"
        content += "<form id=\"simulate\" method=\"get\" data-file=\"\(html(path))\">\n<h2>\(html(words.simulate))</h2>\n<p>\(html(words.simulateHint))</p>\n<fieldset>\n"
        content += "<label>\(html(words.trials)) <input type=\"number\" name=\"trials\" min=\"1\" value=\"\(trials)\"></label>\n"
        content += "<label>\(html(words.seed)) <input type=\"number\" name=\"seed\" min=\"0\" value=\"\(seed)\"></label>\n"
        for (name, value) in whatIfs.pairs {
            content += "<input type=\"hidden\" name=\"\(name)\" value=\"\(html(value))\">\n"
        }
        content += "<input type=\"hidden\" name=\"run\" value=\"1\">\n</fieldset>\n" + localeField
        content += "<button type=\"submit\" id=\"run\">\(html(words.run))</button>\n</form>\n"
        content += "<div id=\"sim-controls\" hidden><progress id=\"sim-progress\" max=\"1\" value=\"0\"></progress> <span id=\"sim-state\">\(html(words.running))</span> <button type=\"button\" id=\"sim-cancel\">\(html(words.cancel))</button></div>\n"
        content += "<div id=\"sim-problem\">" + (problem.map { "<p class=\"problem\" id=\"problem\">\(html($0.detail))</p>" } ?? "") + "</div>\n"
        if let outcome {
            content += Links.downloads(page: page, query: query, language: language)
            content += ReportRenderer(locale: language).servedContent(outcome)
        }
        var frame = Page(language: language, title: scenario.base.metadata.title, here: "\(page)?\(query)")
        frame.script = SimulationScript.source
        return frame.render(content + "</main>\n")
    }
}

/// The simulation page's own script: it starts the run through the API, shows its progress and a
/// cancel button, and opens the page of the finished run. Without it the form runs the
/// simulation in the request (`run=1`).
enum SimulationScript {
    static let source = """
        (function () {
          var form = document.getElementById('simulate');
          if (!form || !window.fetch) return;
          form.addEventListener('submit', function (event) {
            event.preventDefault();
            var data = new FormData(form);
            var whatIfs = { condition: [], scale: [], shift: [], remove: [] };
            ['condition', 'scale', 'shift', 'remove'].forEach(function (n) { whatIfs[n] = data.getAll(n); });
            var body = { file: form.dataset.file, trials: Number(data.get('trials')), seed: Number(data.get('seed')), what_ifs: whatIfs };
            var controls = document.getElementById('sim-controls');
            var bar = document.getElementById('sim-progress');
            var problem = document.getElementById('sim-problem');
            var locale = data.get('locale');
            var suffix = locale ? '?locale=' + encodeURIComponent(locale) : '';
            problem.textContent = '';
            fetch('/api/simulations' + suffix, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' })
              .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
              .then(function (answer) {
                if (!answer.ok) { problem.innerHTML = ''; var p = document.createElement('p'); p.className = 'problem'; p.id = 'problem'; p.textContent = answer.json.detail; problem.appendChild(p); return; }
                var id = answer.json.id;
                controls.hidden = false;
                document.getElementById('sim-cancel').onclick = function () { fetch('/api/simulations/' + id + suffix, { method: 'DELETE', credentials: 'same-origin' }); };
                var poll = function () {
                  fetch('/api/simulations/' + id + suffix, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (s) {
                    bar.value = s.progress;
                    if (s.state === 'running') { setTimeout(poll, 250); return; }
                    if (s.state === 'done') {
                      var params = new URLSearchParams(new FormData(form));
                      params.delete('run');
                      params.set('job', id);
                      window.location.href = window.location.pathname + '?' + params.toString();
                      return;
                    }
                    controls.hidden = true;
                    var p = document.createElement('p'); p.className = 'problem'; p.id = 'problem'; p.textContent = s.problem ? s.problem.detail : s.state;
                    problem.innerHTML = ''; problem.appendChild(p);
                  });
                };
                poll();
              });
          });
        })();

        """
}
