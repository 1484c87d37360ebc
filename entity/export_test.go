package entity

// SetLargeDocBytes sets the size past which StreamParallel tags a document
// alone, for a test, and returns the function that restores it.
func SetLargeDocBytes(n int) (restore func()) {
	old := largeDocBytes
	largeDocBytes = n
	return func() { largeDocBytes = old }
}
