import Testing
@testable import SitrepExtract

struct PageDecodeTests {
    @Test func validUTF8_decodesAndDropsByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Caf\u{E9} \u{1F4F0}\n".utf8)
        #expect(try LiveBlogParser.decode(bytes, source: "a.txt") == "Caf\u{E9} \u{1F4F0}\n")
    }

    @Test(arguments: [
        ([0x61, 0x0A, 0x62, 0xFF], 3, 2, "FF"),               // never valid
        ([0x0A, 0x0A, 0xC0, 0x80], 2, 3, "C0"),               // overlong NUL
        ([0x61, 0xED, 0xA0, 0x80], 1, 1, "ED"),               // surrogate
        ([0x61, 0x62, 0xE2, 0x82], 2, 1, "E2"),               // truncated at the end
        ([0x80], 0, 1, "80"),                                  // lone continuation byte
        ([0xF4, 0x90, 0x80, 0x80], 0, 1, "F4"),               // beyond U+10FFFF
    ] as [([UInt8], Int, Int, String)])
    func invalidUTF8_isRejectedWithByteAndLine(_ bytes: [UInt8], _ offset: Int, _ line: Int, _ hex: String) {
        let error = #expect(throws: PageError.self) { try LiveBlogParser.decode(bytes, source: "bad.txt") }
        #expect(error?.code == .invalidUTF8)
        #expect(error?.line == line)
        #expect(error?.message == "invalid UTF-8 at byte \(offset) (0x\(hex)); save the file as UTF-8")
        #expect(error?.description.hasPrefix("bad.txt:\(line): ") == true)
    }

    @Test func oversizeFile_isRejectedBeforeParsing() {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: LiveBlogParser.maximumBytes + 1)
        bytes[10] = 0x0A
        bytes[20] = 0x0A
        let error = #expect(throws: PageError.self) { try LiveBlogParser.decode(bytes, source: "big.txt") }
        #expect(error?.code == .tooLarge)
        #expect(error?.line == 3)
        #expect(error?.message.contains("\(LiveBlogParser.maximumBytes + 1) bytes") == true)
    }

    @Test func fileOfExactlyTheLimit_isAccepted() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: LiveBlogParser.maximumBytes)
        #expect(try LiveBlogParser.decode(bytes, source: "ok.txt").utf8.count == LiveBlogParser.maximumBytes)
    }
}
