import Foundation
import ZIPFoundation

/// The zip container of an .xlsx file, read through ZIPFoundation with every entry bounded by
/// ``WorkbookLimits/entryBytes``. Files that are not zip archives are named for what they are:
/// an old binary .xls, an encrypted (password-protected) workbook, or not a workbook at all.
struct WorkbookArchive {
    let archive: Archive
    let name: String

    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let emptyZipMagic: [UInt8] = [0x50, 0x4B, 0x05, 0x06]

    /// Opens the archive held in `data`.
    /// - Throws: ``WorkbookError`` for an OLE file (old .xls, or an encrypted workbook), a file
    ///   that is not a zip archive, and a truncated or damaged one.
    init(data: Data, name: String) throws(WorkbookError) {
        self.name = name
        if data.starts(with: Self.oleMagic) {
            if Self.contains(data, utf16: "EncryptedPackage") {
                throw WorkbookError(name, "the workbook is encrypted (password-protected); remove the password in Excel and save it again as .xlsx")
            }
            throw WorkbookError(name, "an old binary Excel workbook (.xls); open it in Excel or LibreOffice and save as .xlsx")
        }
        guard data.starts(with: Self.zipMagic) || data.starts(with: Self.emptyZipMagic) else {
            throw WorkbookError(name, "not an Excel workbook (.xlsx): not a zip archive")
        }
        let damaged = WorkbookError(name, "a truncated or damaged zip archive (the workbook is incomplete; save it again)")
        // ZIPFoundation 0.9.20 leaked its in-memory file (and a copy of `data`) when it found no
        // complete end-of-central-directory record; a file without one is refused before it.
        guard Self.hasEndRecord(data) else { throw damaged }
        // Read from an unlinked temporary file, not from memory: ZIPFoundation's in-memory file
        // traps on a seek past its end (a central directory or entry offset beyond the file),
        // where a real file reads nothing and the archive is reported damaged.
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dfcost-workbook-\(getpid())-\(UUID().uuidString).xlsx")
        do {
            try data.write(to: url)
        } catch {
            throw WorkbookError(name, "cannot keep a temporary copy of the workbook in \(url.deletingLastPathComponent().path)")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw damaged
        }
    }

    /// Whether `data` ends with a complete zip end-of-central-directory record as ZIPFoundation
    /// looks for it: the last `PK\5\6` at least 22 bytes before the end, followed by its 22 bytes
    /// and the comment whose length it gives.
    static func hasEndRecord(_ data: Data) -> Bool {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            let size = 22
            guard bytes.count >= size else { return false }
            var p = bytes.count - size
            while p >= 0 {
                if bytes[p] == 0x50, bytes[p + 1] == 0x4B, bytes[p + 2] == 0x05, bytes[p + 3] == 0x06 {
                    let comment = Int(bytes[p + 20]) | Int(bytes[p + 21]) << 8
                    return p + size + comment <= bytes.count
                }
                p -= 1
            }
            return false
        }
    }

    /// Whether `data` holds `text` in UTF-16LE, as an OLE directory names its streams.
    static func contains(_ data: Data, utf16 text: String) -> Bool {
        let needle = Array(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= needle.count else { return false }
            var i = 0
            while i <= bytes.count - needle.count {
                if bytes[i] == needle[0] {
                    var j = 1
                    while j < needle.count, bytes[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    private struct TooLarge: Error {}

    /// The inflated bytes of the entry at `path`, or nil when there is none.
    /// - Throws: ``WorkbookError`` when the entry inflates beyond ``WorkbookLimits/entryBytes``
    ///   (checked while inflating) or cannot be inflated.
    func entry(_ path: String) throws(WorkbookError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let limit = WorkbookLimits.entryBytes
        let tooLarge = WorkbookError(name, "the entry \(path) inflates beyond the limit of \(limit / 1_048_576) MB per entry (a zip bomb?); not read")
        guard entry.type == .file else { throw WorkbookError(name, "the entry \(path) is not a file") }
        if entry.uncompressedSize > UInt64(limit) { throw tooLarge }
        var out = Data()
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024) { chunk in
                guard out.count + chunk.count <= limit else { throw TooLarge() }
                out.append(chunk)
            }
        } catch is TooLarge {
            throw tooLarge
        } catch {
            throw WorkbookError(name, "the entry \(path) is damaged (\(Self.reason(error))); save the workbook again")
        }
        return out
    }

    static func reason(_ error: any Error) -> String {
        switch error {
        case Archive.ArchiveError.invalidCRC32: "checksum mismatch"
        case Archive.ArchiveError.invalidCompressionMethod: "unknown compression method"
        case Archive.ArchiveError.unreadableArchive: "unreadable"
        default: "cannot be inflated"
        }
    }
}
