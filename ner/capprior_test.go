package ner

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestCaseBucketsFitMask checks that the lexicon's capitalization bits
// (capMask) hold every bucket of lang's scale.
func TestCaseBucketsFitMask(t *testing.T) {
	if lang.CaseBuckets-1 > capMask {
		t.Errorf("%d buckets do not fit the mask %d", lang.CaseBuckets, capMask)
	}
}
