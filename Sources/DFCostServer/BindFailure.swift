#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why `dfcost serve` cannot listen on its address, as a reason worded in the user's language
/// (``ServeLabels/words(_:)-(BindFailure)``) rather than the socket library's English. The
/// command exits with ``exitCode`` (69, EX_UNAVAILABLE: the service cannot be offered).
public enum BindFailure: Error, Sendable, Hashable {
    /// Another program listens on the port (EADDRINUSE).
    case portInUse(host: String, port: Int)
    /// A port below 1024 without the right to bind it, or a host the user may not bind (EACCES).
    case permissionDenied(host: String, port: Int)
    /// The host is not an address of this machine (EADDRNOTAVAIL), or names none (no address found).
    case addressNotAvailable(host: String)
    /// Any other refusal of the system, with its errno and the system's text.
    case other(host: String, port: Int, errno: Int32, system: String)

    /// EX_UNAVAILABLE: the address cannot be listened on; nothing was started.
    public static let exitCode: Int32 = 69

    /// Binds a socket to `host`:`port` the way the server will (SO_REUSEADDR) and closes it at
    /// once: the reason the server could not listen there, or nil when it can. Port 0 (any free
    /// port) is always available.
    public static func probe(host: String, port: Int) -> BindFailure? {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let address = found else {
            return .addressNotAvailable(host: host)
        }
        defer { freeaddrinfo(found) }
        let fd = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard fd >= 0 else { return nil }  // no socket to try with: the server will say
        defer { close(fd) }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) != 0 else { return nil }
        let code = errno
        return switch code {
        case EADDRINUSE: .portInUse(host: host, port: port)
        case EACCES, EPERM: .permissionDenied(host: host, port: port)
        case EADDRNOTAVAIL: .addressNotAvailable(host: host)
        default: .other(host: host, port: port, errno: code, system: String(cString: strerror(code)))
        }
    }
}

extension ServeLabels {
    /// A bind failure as one line, with what to do about it.
    public func words(_ failure: BindFailure) -> String {
        switch failure {
        case .portInUse(let host, let port):
            l.say(nb: "porten \(port) er i bruk på \(host); velg en annen med --port",
                  en: "port \(port) is in use on \(host); choose another with --port")
        case .permissionDenied(let host, let port):
            l.say(nb: "har ikke lov til å lytte på port \(port) på \(host) (porter under 1024 krever rettigheter); velg en annen med --port",
                  en: "not permitted to listen on port \(port) on \(host) (ports below 1024 need privileges); choose another with --port")
        case .addressNotAvailable(let host):
            l.say(nb: "\(host) er ikke en adresse på denne maskinen; velg en annen med --host",
                  en: "\(host) is not an address of this machine; choose another with --host")
        case .other(let host, let port, let code, let system):
            l.say(nb: "kan ikke lytte på \(host) port \(port): systemet svarte errno \(code) (\(system))",
                  en: "cannot listen on \(host) port \(port): the system answered errno \(code) (\(system))")
        }
    }
}
