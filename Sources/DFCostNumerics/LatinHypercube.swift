/// Latin hypercube sampling without a table: each stream's uniforms stratified by a keyed
/// permutation of the trials, computed per trial.
///
/// The trials are cut into `replicates` independent Latin hypercubes: replicate `r` holds
/// trials `start(r) ..< start(r + 1)`, `start(r) = r * trials / replicates` (integer
/// division), `M` trials. In replicate `r`, trial `i` (local index `j = i - start(r)`) of a
/// stream draws
///
///     u = (pi(j) + U_i) / M
///
/// where `U_i` is the stream's plain Philox uniform of trial `i` (the jitter inside the
/// stratum) and `pi` a permutation of `0 ..< M` keyed by `(seed, stream, r)`: so the `M`
/// uniforms of a stream in a replicate fall one in each stratum `[k / M, (k + 1) / M)`.
///
/// `pi` is a four-round Feistel network on the `b`-bit integers (`2^(b-1) < M <= 2^b`),
/// each round `x = (R, L xor F(R))` with `F` the SplitMix64 finalizer of `R xor key`,
/// restricted to `0 ..< M` by cycle-walking (apply again until the value is below `M`; fewer
/// than two applications on average). It is a pure function of its coordinates: no
/// `M`-sized table, the same value on any thread, and a stream's draws do not depend on any
/// other stream (adding a line leaves the others' draws alone; `--compare` draws a line the
/// same in both scenarios). Each replicate's permutations are keyed apart, so replicates are
/// independent, and standard errors come from the spread of their estimates
/// (`MonteCarlo.summarize`).
struct LatinHypercube: Sendable {
    /// Total trials of the run (the strata depend on it).
    let trials: Int
    /// Independent replicates: `min(defaultReplicates, trials)`.
    let replicates: Int
    /// The run's seed (keys the permutations with the stream and replicate).
    let seed: UInt64

    /// Replicates of a Latin hypercube run (fewer only when there are fewer trials).
    static let defaultReplicates = 10
    /// Feistel rounds of the permutation.
    static let rounds = 4
    /// The largest double below 1: a stratum's upper end rounded up to 1 is put back here.
    static let belowOne = 1.0 - 0x1.0p-53

    init(trials: Int, seed: UInt64) {
        self.trials = trials
        self.replicates = max(1, min(Self.defaultReplicates, trials))
        self.seed = seed
    }

    /// The hypercube of a run sampled by `sampling`: nil for plain Monte Carlo.
    init?(_ sampling: SamplingMethod, trials: Int, seed: UInt64) {
        switch sampling {
        case .plain: return nil
        case .latinHypercube: self.init(trials: trials, seed: seed)
        }
    }

    /// The first trial of replicate `r` (`r == replicates`: `trials`).
    @inline(__always)
    func start(_ r: Int) -> Int { r * trials / replicates }

    /// The replicate holding `trial`.
    func replicate(of trial: Int) -> Int {
        var r = min(trial * replicates / trials, replicates - 1)
        while start(r) > trial { r -= 1 }
        while start(r + 1) <= trial { r += 1 }
        return r
    }

    /// Replaces the plain uniforms `out[0..<count]` of trials `first..<first+count` of
    /// `stream` by their stratified values.
    func stratify(_ out: UnsafeMutablePointer<Double>, stream: UInt64, first: Int, count: Int) {
        var i = first, end = first + count
        end = min(end, trials)
        var r = replicate(of: first)
        while i < end {
            let lower = start(r), upper = start(r + 1)
            let segmentEnd = min(upper, end)
            let permutation = Permutation(size: upper - lower, seed: seed, stream: stream, replicate: r)
            let m = Double(upper - lower)
            for t in i..<segmentEnd {
                let k = t - first
                let p = permutation.apply(UInt64(t - lower))
                out[k] = min((Double(p) + out[k]) / m, Self.belowOne)
            }
            i = segmentEnd
            r += 1
        }
    }

    /// The stratified uniform of `trial` of `stream` (what `stratify` writes), from the plain one.
    func uniform(plain: Double, stream: UInt64, trial: Int) -> Double {
        var u = plain
        withUnsafeMutablePointer(to: &u) { stratify($0, stream: stream, first: trial, count: 1) }
        return u
    }

    /// The keyed permutation of `0 ..< size` of one stream in one replicate.
    struct Permutation {
        let size: UInt64
        /// Bits of the high (left) and low (right) halves at the first round.
        let leftBits: UInt64, rightBits: UInt64
        let keys: (UInt64, UInt64, UInt64, UInt64)

        init(size: Int, seed: UInt64, stream: UInt64, replicate: Int) {
            self.size = UInt64(size)
            let bits = UInt64(max(1, UInt64.bitWidth - UInt64(max(size - 1, 1)).leadingZeroBitCount))
            leftBits = (bits + 1) / 2
            rightBits = bits / 2
            let base = Self.mix(seed ^ Self.mix(stream ^ Self.mix(UInt64(replicate) &+ 0x4C48_5300_0000_0000)))
            keys = (Self.mix(base &+ 1), Self.mix(base &+ 2), Self.mix(base &+ 3), Self.mix(base &+ 4))
        }

        /// SplitMix64's finalizer: a bijective 64-bit mix whose every output bit depends on
        /// every input bit.
        @inline(__always)
        static func mix(_ x: UInt64) -> UInt64 {
            var z = x
            z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z &>> 31)
        }

        /// One Feistel round on a value whose left half has `lw` bits and right half `rw`:
        /// the right half moves up, the left half is masked by a function of the right one.
        @inline(__always)
        static func round(_ x: UInt64, _ lw: UInt64, _ rw: UInt64, _ key: UInt64) -> UInt64 {
            let right = x & ((1 &<< rw) &- 1), left = x &>> rw
            // The top `lw` bits of the mix (0 bits when lw == 0: shifts stay below 64).
            let f = (mix(right ^ key) &>> 1) &>> (63 &- lw)
            return (right &<< lw) | (left ^ f)
        }

        /// The image of `j` (< size).
        @inline(__always)
        func apply(_ j: UInt64) -> UInt64 {
            if size <= 1 { return 0 }
            let lw = leftBits, rw = rightBits
            var x = j
            repeat {
                x = Self.round(x, lw, rw, keys.0)
                x = Self.round(x, rw, lw, keys.1)
                x = Self.round(x, lw, rw, keys.2)
                x = Self.round(x, rw, lw, keys.3)
            } while x >= size
            return x
        }
    }
}

extension SamplingMethod {
    /// The independent replicates whose spread gives a run's standard errors: nil for plain
    /// sampling (its errors come from the trials themselves), `min(10, trials)` for a Latin
    /// hypercube (each replicate a hypercube of its own over `trials / replicates` trials).
    public func replicates(trials: Int) -> Int? {
        LatinHypercube(self, trials: max(trials, 1), seed: 0)?.replicates
    }
}
