import DFCostApp
import DFCostNumerics
import DFCostRender
import Foundation
import Synchronization

/// The simulations the server runs: at most ``limit`` at once (one more is refused, 429), each
/// stopped at the time limit (503) or when cancelled; finished ones kept for a while so that a
/// page can show and download what it ran. A run is long CPU work: it goes on a thread of its
/// own, never on the server's tasks, so the server answers other requests meanwhile.
final class SimulationJobs: Sendable {
    /// One run: its progress and cancel flag (read by the run's threads), then its outcome.
    final class Job: Sendable {
        enum State: String, Sendable { case running, done, cancelled, failed }
        struct Status: Sendable {
            var state: State = .running
            var progress: Double = 0
            var cancelRequested = false
            var report: Report?
            var result: ReportResult?
            var problem: Problem?
        }
        let id: String
        /// What the run was asked (file, trials, seed, what-ifs), to match a page's request.
        let key: String
        let deadline: ContinuousClock.Instant
        /// The language its problems are worded in.
        let language: Language
        let status = Mutex(Status())

        init(id: String, key: String, deadline: ContinuousClock.Instant, language: Language) {
            self.id = id
            self.key = key
            self.deadline = deadline
            self.language = language
        }

        /// Marks a running run cancelled at once (the answer to the cancel says so) and tells its
        /// threads to stop; a run already finished keeps its state. Whatever the run's thread
        /// ends with afterwards does not change it.
        func cancel() {
            status.withLock { s in
                guard s.state == .running else { return }
                s.cancelRequested = true
                s.state = .cancelled
                s.problem = Problem(SimulationError.cancelled, in: language)
            }
        }

        var isCancelled: Bool { status.withLock { $0.cancelRequested } || ContinuousClock.now > deadline }
    }

    let limit: Int
    let timeLimit: Double
    private let jobs = Mutex<(all: [String: Job], order: [String], running: Int, stopping: Bool)>(([:], [], 0, false))
    /// Finished runs kept (the oldest forgotten first).
    static let kept = 32

    init(limit: Int, timeLimit: Double) {
        self.limit = limit
        self.timeLimit = timeLimit
    }

    /// Starts `request` on a thread of its own, or refuses: ``ServerProblem/busy(limit:)`` when
    /// ``limit`` runs are going, ``ServerProblem/stopping`` when the server is stopping.
    func start(_ request: ReportRequest, key: String, language: Language) throws -> Job {
        let job = Job(id: UUID().uuidString.lowercased(), key: key, deadline: .now + .milliseconds(Int64(timeLimit * 1000)), language: language)
        try jobs.withLock { state in
            guard !state.stopping else { throw ServerProblem.stopping }
            guard state.running < limit else { throw ServerProblem.busy(limit: limit) }
            state.running += 1
            state.all[job.id] = job
            state.order.append(job.id)
            // Forget the oldest finished runs.
            while state.order.count > Self.kept + limit, let old = state.order.first(where: { state.all[$0]?.status.withLock({ $0.state }) != .running }) {
                state.all[old] = nil
                state.order.removeAll { $0 == old }
            }
        }
        let timeLimit = self.timeLimit
        let thread = Thread { [self] in
            let outcome = Result { try request.run(progress: { p in job.status.withLock { $0.progress = p } }, isCancelled: { job.isCancelled }) }
            job.status.withLock { s in
                // Cancelled already (the cancel's answer said so): the outcome is dropped.
                guard s.state == .running else { return }
                switch outcome {
                case .success(let result):
                    s.state = .done
                    s.progress = 1
                    s.result = result
                    s.report = Report(result)
                case .failure(SimulationError.cancelled):
                    // Not asked to stop (a cancel marks the run cancelled first): the time limit.
                    s.state = .failed
                    s.problem = Problem(ServerProblem.timeLimit(seconds: timeLimit), in: language)
                case .failure(let error):
                    s.state = .failed
                    s.problem = Problem(error, in: language)
                }
            }
            self.jobs.withLock { $0.running -= 1 }
        }
        thread.stackSize = 8 << 20
        thread.start()
        return job
    }

    /// The run with this id.
    func job(_ id: String) -> Job? { jobs.withLock { $0.all[id] } }

    /// Asks the run to stop; it stops at its next check.
    func cancel(_ id: String) -> Job? {
        guard let job = job(id) else { return nil }
        job.cancel()
        return job
    }

    /// Refuses new runs and cancels every running one (the server is stopping).
    func stopAll() {
        let all = jobs.withLock { state in
            state.stopping = true
            return Array(state.all.values)
        }
        for job in all { job.cancel() }
    }

    /// Waits until the run has finished (a page run in the request, `&run=1`).
    func wait(for job: Job) async {
        while job.status.withLock({ $0.state == .running }) {
            try? await Task.sleep(for: .milliseconds(50))
        }
    }
}
