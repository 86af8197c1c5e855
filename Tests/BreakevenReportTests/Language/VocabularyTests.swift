import Testing

@testable import BreakevenCore
@testable import BreakevenReport

@Suite("Words per language")
struct VocabularyTests {
    /// English shows a flag by its output name, as it always has.
    @Test(arguments: DecisionFlag.allCases) func englishFlagsAreTheirNames(_ flag: DecisionFlag) {
        #expect(Language.english.word(flag) == flag.description)
    }

    @Test func italianFlags() {
        #expect(
            DecisionFlag.allCases.map(Language.italian.word) == [
                "nessuna domanda", "storico breve", "in perdita", "domanda irregolare", "consegna lenta",
                "un solo modello", "rischio di modello",
            ])
        #expect(Language.italian.words([.shortHistory, .lateDelivery], separator: " ") == "storico breve, consegna lenta")
        #expect(Language.english.words([.shortHistory, .lateDelivery], separator: " ") == "short_history late_delivery")
    }

    @Test func inputSources() {
        #expect(InputSource.allCases.map(Language.english.word) == InputSource.allCases.map(\.description))
        #expect(
            InputSource.allCases.map(Language.italian.word) == [
                "riga", "impostazioni", "predefinito", "derivato", "sostituito", "rettificato",
            ])
    }

    /// English explain and the report print a pattern's name: the English words are those names.
    @Test(arguments: DemandPattern.allCases)
    func englishPatternsAreTheirNames(_ pattern: DemandPattern) {
        #expect(Language.english.word(pattern) == pattern.description)
    }
}
