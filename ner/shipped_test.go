package ner

// shippedModel reads a shipped model from its data package's folder: the
// tests of this package cannot import the data packages, which import it.
func shippedModel(code string) (*Model, error) {
	return ReadModelFile("models/" + code + "model/" + code + ".model")
}
