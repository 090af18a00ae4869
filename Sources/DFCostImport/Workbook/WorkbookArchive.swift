import DFCostTableLayout
import DFCostScenario
import CZlib
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
                throw WorkbookError(name, .encrypted)
            }
            throw WorkbookError(name, .oldBinaryWorkbook)
        }
        guard data.starts(with: Self.zipMagic) || data.starts(with: Self.emptyZipMagic) else {
            throw WorkbookError(name, .notAZipArchive)
        }
        let damaged = WorkbookError(name, .damagedArchive)
        // ZIPFoundation 0.9.20 leaked its in-memory file (and a copy of `data`) when it found no
        // complete end-of-central-directory record; a file without one is refused before it.
        guard Self.hasEndRecord(data) else { throw damaged }
        // ZIPFoundation 0.9.20 loops for ever inflating an entry whose deflate stream does not end
        // before the end of the file (it reads on past the entry, then spins at end of file; found
        // by fuzz-workbook): every entry's range and stream are checked first.
        guard Self.entriesLieWithinTheFile(data) else { throw damaged }
        // Read from an unlinked temporary file, not from memory: ZIPFoundation's in-memory file
        // traps on a seek past its end (a central directory or entry offset beyond the file),
        // where a real file reads nothing and the archive is reported damaged.
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dfcost-workbook-\(getpid())-\(UUID().uuidString).xlsx")
        do {
            try data.write(to: url)
        } catch {
            throw WorkbookError(name, .noTemporaryCopy(folder: url.deletingLastPathComponent().path))
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

    /// Whether every entry of the central directory has its local header and its compressed
    /// bytes inside `data`, as ZIPFoundation will read them: the local header at the directory's
    /// offset, the data after its 30 bytes, file name and extra field, `compressed size` bytes
    /// long (the directory's size, as ZIPFoundation uses it). Zip64 sizes and offsets (0xFFFFFFFF)
    /// are refused: no workbook within the limits needs them.
    static func entriesLieWithinTheFile(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        // The end record ZIPFoundation uses: the last `PK\5\6` with room for its 22 bytes.
        var end = bytes.count - 22
        while end >= 0, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 0x05 && bytes[end + 3] == 0x06) { end -= 1 }
        guard end >= 0 else { return false }
        let count = u16(end + 10), directory = u32(end + 16)
        var p = directory
        for _ in 0..<count {
            guard p >= 0, p + 46 <= bytes.count,
                  bytes[p] == 0x50, bytes[p + 1] == 0x4B, bytes[p + 2] == 0x01, bytes[p + 3] == 0x02 else { return false }
            let compressed = u32(p + 20), local = u32(p + 42)
            guard compressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF, local + 30 <= bytes.count,
                  bytes[local] == 0x50, bytes[local + 1] == 0x4B, bytes[local + 2] == 0x03, bytes[local + 3] == 0x04
            else { return false }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressed <= bytes.count else { return false }
            if u16(p + 10) == 8, !deflateStreamEnds(bytes, from: start, count: compressed) { return false }
            p += 46 + u16(p + 28) + u16(p + 30) + u16(p + 32)
        }
        return true
    }

    /// Whether the raw deflate stream in `bytes[from..<from+count]` ends (zlib's Z_STREAM_END)
    /// within those bytes, inflating at most ``WorkbookLimits/entryBytes`` + 1 bytes of output
    /// (a stream that inflates beyond them is let through here and refused by ``entry(_:)``
    /// while inflating). zlib itself, as ZIPFoundation links it; nothing is kept.
    static func deflateStreamEnds(_ bytes: [UInt8], from start: Int, count: Int) -> Bool {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return false }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: 64 * 1024)
        var produced = 0
        return bytes.withUnsafeBufferPointer { input -> Bool in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
            stream.avail_in = UInt32(count)
            while true {
                let result = output.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                produced += output.count - Int(stream.avail_out)
                if result == Z_STREAM_END { return true }
                if produced > WorkbookLimits.entryBytes { return true }
                // An error, or no progress possible: the input is used up before the stream ends.
                guard result == Z_OK, stream.avail_in > 0 || stream.avail_out == 0 else { return false }
            }
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
        let tooLarge = WorkbookError(name, .entryTooLarge(path: path, megabytes: limit / 1_048_576))
        guard entry.type == .file else { throw WorkbookError(name, .entryNotAFile(path: path)) }
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
            throw WorkbookError(name, .entryDamaged(path: path, Self.damage(error)))
        }
        return out
    }

    static func damage(_ error: any Error) -> WorkbookReason.EntryDamage {
        switch error {
        case Archive.ArchiveError.invalidCRC32: .checksum
        case Archive.ArchiveError.invalidCompressionMethod: .compressionMethod
        case Archive.ArchiveError.unreadableArchive: .unreadable
        default: .notInflatable
        }
    }
}
