import PropertyBased
import StayformCore
import Testing

@Suite struct EmailAddressTests {
    @Test(arguments: [
        ("anna@example.com", "anna", "example.com"),
        ("  Anna.Eriksson+visa@Example.CO.ID \n", "Anna.Eriksson+visa", "example.co.id"),
        ("o'brien@mail-server.example.org", "o'brien", "mail-server.example.org"),
        ("budi@contoh.id", "budi", "contoh.id"),
    ])
    func readsValidAddresses(text: String, local: String, domain: String) {
        #expect(EmailAddress.read(text) == .valid(EmailAddress.read("\(local)@\(domain)").address!))
        #expect(EmailAddress.read(text).address?.localPart == local)
        #expect(EmailAddress.read(text).address?.domain == domain)
    }

    @Test(arguments: [
        ("", [EmailAddressProblem.empty]),
        ("anna.example.com", [.needsExactlyOneAt(found: 0)]),
        ("anna@@example.com", [.needsExactlyOneAt(found: 2)]),
        ("anna@example", [.domainWithoutDot]),
        ("@example.com", [.emptyLocalPart]),
        ("anna@", [.emptyDomain]),
        ("anna maria@example.com", [.containsSpace]),
        ("anna,maria@example.com", [.invalidCharacters([","])]),
        ("anna@exam_ple.com", [.invalidCharacters(["_"])]),
        ("anna..maria@example.com", [.misplacedDot]),
        (".anna@example.com", [.misplacedDot]),
        ("anna@example..com", [.misplacedDot]),
        ("anna@example.com.", [.misplacedDot]),
        ("anna@-example.com", [.misplacedHyphen]),
        ("anna@example.c", [.invalidTopLevelDomain]),
        ("anna@example.123", [.invalidTopLevelDomain]),
        (String(repeating: "a", count: 65) + "@example.com", [.tooLong]),
        ("an na@exam ple", [.containsSpace, .domainWithoutDot]),
    ])
    func reportsProblems(text: String, problems: [EmailAddressProblem]) {
        #expect(EmailAddress.read(text) == .invalid(problems))
    }

    @Test(arguments: [
        ("anna@example.com", "anna@example.com", EmailConfirmation.identical),
        ("anna@example.com", " anna@example.com ", .equivalent),
        ("anna@example.com", "anna@EXAMPLE.COM", .equivalent),
        ("Anna@example.com", "anna@example.com", .localPartCaseDiffers),
        ("anna@example.com", "ana@example.com", .different),
        ("anna@example.com", "anna@example.co", .different),
        ("anna@example.com", "", .different),
    ])
    func comparesConfirmation(entered: String, confirmation: String, result: EmailConfirmation) {
        #expect(EmailConfirmation(entered, confirmation) == result)
    }
}

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("+6281234567890", "+6281234567890"),
        ("+62 812-3456-7890", "+6281234567890"),
        (" +1 (415) 555.0100 ", "+14155550100"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+49 30 123456", "+4930123456"),
    ])
    func readsInternationalNumbers(text: String, e164: String) {
        #expect(PhoneNumber.read(text).phoneNumber?.e164 == e164)
    }

    @Test(arguments: [
        ("", [PhoneNumberProblem.empty]),
        ("0812 3456 7890", [.indonesianLocalForm(suggestion: "+6281234567890")]),
        ("0812-3456-789", [.indonesianLocalForm(suggestion: "+628123456789")]),
        ("0062 812 3456 7890", [.internationalPrefixInsteadOfPlus(suggestion: "+6281234567890")]),
        ("+62 0812 3456 7890", [.trunkZeroAfterCountryCode(suggestion: "+6281234567890")]),
        ("812 3456 7890", [.missingPlus]),
        ("+62 812", [.wrongDigitCount(found: 5)]),
        ("+62 812 3456 7890 1234", [.wrongDigitCount(found: 17)]),
        ("+0 812 3456 7890", [.countryCodeStartsWithZero]),
        ("+62 812 3456 789O", [.invalidCharacters(positions: [17])]),
        ("++62 812 3456 7890", [.invalidCharacters(positions: [2])]),
        ("+62 812 / 3456", [.invalidCharacters(positions: [9])]),
    ])
    func reportsProblems(text: String, problems: [PhoneNumberProblem]) {
        #expect(PhoneNumber.read(text) == .invalid(problems))
    }

    @Test func everyIndonesianMobileInLocalFormGetsAValidSuggestion() async {
        await propertyCheck(input: Gen.number.string(of: 7...11)) { rest in
            let local = "08" + rest
            guard case .invalid(let problems) = PhoneNumber.read(local),
                case .indonesianLocalForm(let suggestion) = problems.first
            else {
                Issue.record("\(local) not recognised as a local Indonesian number")
                return
            }
            #expect(suggestion == "+628" + rest)
            #expect(PhoneNumber.read(suggestion) == .valid(PhoneNumber.read(suggestion).phoneNumber!))
        }
    }
}
