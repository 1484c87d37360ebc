package recognize

// Limits the external tests (extractor_test.go) check Extract's output
// against.
const (
	MaxMentionBytes  = maxMentionBytes
	MaxMentionTokens = maxMentionTokens
)
