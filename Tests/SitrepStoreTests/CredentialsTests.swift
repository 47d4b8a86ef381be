import Foundation
import SitrepStore
import Testing

@Suite struct CredentialsTests {
    @Test func hashingPassword_verifiesOnlyTheSamePassword() {
        let hash = Credentials.hashPassword("correct horse battery staple", cost: 4)

        #expect(hash.hasPrefix("$2"))
        #expect(hash.contains("$04$"))
        #expect(!hash.contains("correct horse"))
        #expect(Credentials.verifyPassword("correct horse battery staple", hash: hash))
        #expect(!Credentials.verifyPassword("correct horse battery stapler", hash: hash))
        #expect(!Credentials.verifyPassword("", hash: hash))
    }

    @Test func hashingTheSamePasswordTwice_usesDifferentSalts() {
        #expect(Credentials.hashPassword("secret", cost: 4) != Credentials.hashPassword("secret", cost: 4))
    }

    @Test(arguments: ["", "not a hash", "$2b$04$short", "$1$md5$whatever"])
    func verifyingAgainstMalformedHash_fails(hash: String) {
        #expect(!Credentials.verifyPassword("secret", hash: hash))
    }

    @Test func newToken_hasPrefixAndRandomPart_andReturnsItsHash() {
        let token = Credentials.newToken(prefix: "srp_")
        let other = Credentials.newToken(prefix: "srp_")

        #expect(token.plain.hasPrefix("srp_"))
        #expect(token.plain.count == 4 + 43)
        #expect(token.plain.dropFirst(4).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        #expect(token.hash == Credentials.tokenHash(token.plain))
        #expect(token.plain != other.plain)
        #expect(token.hash != other.hash)
    }

    @Test func tokenHash_isLowercaseHexSHA256() {
        #expect(Credentials.tokenHash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Credentials.tokenHash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
