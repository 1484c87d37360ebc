package ner

import "testing"

// TestBucketShares checks that each bucket's share lies in the range
// capBucket gives the bucket, so that CapitalizedShare reports the side of
// one half the counts were on.
func TestBucketShares(t *testing.T) {
	for b := 1; b < len(bucketShares); b++ {
		const total = 1000000
		if got := capBucket(int64(bucketShares[b]*total), total); int(got) != b {
			t.Errorf("share %v: bucket %d, want %d", bucketShares[b], got, b)
		}
	}
	if len(bucketShares) != capMask {
		t.Errorf("%d shares for %d buckets", len(bucketShares), capMask)
	}
}
