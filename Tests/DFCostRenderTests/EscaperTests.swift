import DFCostEscaping
import Testing

@Suite struct EscaperTests {
    static let sample = "a&b<c>d\"e|f*g_h\ti\nj\rk\u{1}l%m:n,o\\p"

    @Test func htmlEscapesTheFourMarkupCharactersOnly() {
        #expect(Escaper.html.escape(Self.sample) == "a&amp;b&lt;c&gt;d&quot;e|f*g_h\ti\nj\rk\u{1}l%m:n,o\\p")
    }

    @Test func xmlTextReplacesWhatXMLCannotHoldAndKeepsCarriageReturns() {
        #expect(Escaper.xmlText.escape(Self.sample) == "a&amp;b&lt;c&gt;d\"e|f*g_h\ti\nj&#13;k\u{FFFD}l%m:n,o\\p")
    }

    @Test func xmlAttributeKeepsWhitespaceThroughAttributeNormalization() {
        #expect(Escaper.xmlAttribute.escape(Self.sample) == "a&amp;b&lt;c&gt;d&quot;e|f*g_h&#9;i&#10;j&#13;k\u{FFFD}l%m:n,o\\p")
    }

    @Test func workbookXMLDropsControlCharacters() {
        #expect(Escaper.workbookXML.escape(Self.sample) == "a&amp;b&lt;c&gt;d&quot;e|f*g_h\ti\nj\rkl%m:n,o\\p")
    }

    @Test func jsonStringEscapesQuotesBackslashesAndControlCharacters() {
        #expect(Escaper.jsonString.escape(Self.sample) == "a&b<c>d\\\"e|f*g_h\\ti\\nj\\rk\\u0001l%m:n,o\\\\p")
    }

    @Test func markdownEscapesCellEndsAndEmphasis() {
        #expect(Escaper.markdown.escape(Self.sample) == "a&b<c>d\"e\\|f\\*g\\_h\ti\nj\rk\u{1}l%m:n,o\\p")
    }

    @Test func tomlStringQuotesAndEscapesControlCharacters() {
        #expect(Escaper.tomlString(Self.sample) == "\"a&b<c>d\\\"e|f*g_h\\ti\\nj\\rk\\u0001l%m:n,o\\\\p\"")
    }

    @Test func annotationsEncodePercentAndLineEnds() {
        #expect(Escaper.annotationData.escape(Self.sample) == "a&b<c>d\"e|f*g_h\ti%0Aj%0Dk\u{1}l%25m:n,o\\p")
        #expect(Escaper.annotationProperty.escape(Self.sample) == "a&b<c>d\"e|f*g_h\ti%0Aj%0Dk\u{1}l%25m%3An%2Co\\p")
    }

    @Test func aCRLFPairIsEscapedScalarByScalar() {
        #expect(Escaper.annotationData.escape("a\r\nb") == "a%0D%0Ab")
        #expect(Escaper.xmlText.escape("a\r\nb") == "a&#13;\nb")
    }
}
