/// Why a page could not be imported: the file, the 1-based line and what to do about it.
public struct PageError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Hashable, Sendable, CaseIterable {
        case tooLarge, invalidUTF8, invalidTime, emptyUpdate, noContent
    }

    public var code: Code
    /// The file name or address given to the parser.
    public var source: String
    /// 1-based line.
    public var line: Int
    /// A user-facing sentence saying what is wrong and how to fix it.
    public var message: String

    public init(code: Code, source: String, line: Int, message: String) {
        self.code = code
        self.source = source
        self.line = line
        self.message = message
    }

    /// "syria.txt:12: message", the shape compilers use, so editors can jump to the line.
    public var description: String { "\(source):\(line): \(message)" }
}
