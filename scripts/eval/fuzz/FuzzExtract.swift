// libFuzzer entry point for the extractor: any bytes, repaired as UTF-8, must extract without
// crashing. Built and run by scripts/eval/fuzz/run.sh (a throw-away package, -sanitize=fuzzer).
import Foundation
import SitrepExtract

private let extractor: Extractor = {
    do { return try Extractor.bundled() } catch { fatalError("resources: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let events = extractor.extract(text: text, published: Date(timeIntervalSince1970: 1_462_406_400))
    for e in events {
        precondition(e.confidence >= 0 && e.confidence <= 1)
        for list in e.spans.values { for s in list.spans { precondition(s.start <= s.end && s.end <= size * 3 + 16) } }
        _ = e.summary
    }
    _ = ExtractIO.jsonLines(events)
    _ = HTMLText.text(fromHTML: text)
    return 0
}

// SwiftPM links an executable's entry as `<Module>_main` on Linux; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzExtract_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return runDriver(&count, &vector) { data, size in fuzzExtract(data, size) }
}
