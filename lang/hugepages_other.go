//go:build !linux

package lang

// adviseHugePages does nothing outside Linux (see hugepages_linux.go).
func adviseHugePages([]Token) {}
