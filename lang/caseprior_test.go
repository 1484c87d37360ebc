package lang

import "testing"

// TestCaseBucketShares checks that each bucket's share lies in the range
// CaseBucket gives the bucket, so that a prior reports the side of one
// half the counts were on.
func TestCaseBucketShares(t *testing.T) {
	for b := uint8(1); b < CaseBuckets; b++ {
		share, ok := CaseBucketShare(b)
		if !ok {
			t.Fatalf("bucket %d: no share", b)
		}
		const total = 1000000
		if got := CaseBucket(int64(share*total), total); got != b {
			t.Errorf("share %v: bucket %d, want %d", share, got, b)
		}
	}
	for _, b := range []uint8{0, CaseBuckets} {
		if share, ok := CaseBucketShare(b); ok || share != 0 {
			t.Errorf("CaseBucketShare(%d) = %v, %v; want 0, false", b, share, ok)
		}
	}
	if got := CaseBucket(0, 0); got != 0 {
		t.Errorf("CaseBucket(0, 0) = %d, want 0", got)
	}
}
