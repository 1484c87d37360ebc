package tr

// HasTurkishLetterForTest exposes hasTurkishLetter to the external tests.
var HasTurkishLetterForTest = hasTurkishLetter
