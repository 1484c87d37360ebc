package ner

import (
	"bytes"
	"testing"
)

// FuzzLoadModel feeds the loader corrupt models: it must return a model
// or an error, never panic, and never allocate what the input does not
// hold (see TestLoadModelBoundsAllocation). Each input is tried as it is
// (most fail the checksum) and with its checksum mended, which lets the
// fuzzer reach the structure behind it.
func FuzzLoadModel(f *testing.F) {
	m, err := tinyModel()
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	good := buf.Bytes()
	f.Add(good)
	f.Add(oldVersion(f, m, 5))
	f.Add(oldVersion(f, m, 6))
	f.Add(oldVersion(f, m, 7))
	f.Add(good[:len(good)/2])
	f.Add([]byte(modelMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, in := range [][]byte{data, withChecksum(data)} {
			m, err := LoadModel(bytes.NewReader(in))
			if err == nil && m == nil {
				t.Fatal("no model and no error")
			}
			if err == nil {
				m.Tag(tokens("Recep", "Tayyip", "Erdoğan", "Ankara", "'da", "konuştu", "."), nil, nil) // a model that loads tags without a panic
			}
		}
	})
}
