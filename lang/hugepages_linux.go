package lang

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of an x86-64 or arm64 huge page (2 MB).
const hugePage = 2 << 20

// adviseHugePages asks Linux to back the whole huge pages inside the array
// of toks with huge pages (madvise MADV_HUGEPAGE), before anything is
// written to it. The array of a long document's tokens is most of what its
// run allocates (121 MB for 15 MB of news), and each first write to a page
// of it is a page fault: tag -out json on 15 MB took 102,000 faults and
// 0.9-1.2 s of system time, 44,000 and 0.6 s with huge pages there. Go's
// runtime leaves its heap to the system's setting, which is often
// "madvise" (huge pages only where asked for). The array is filled from
// start to end, so no huge page of it is left mostly unused. An error
// (no transparent huge pages in the kernel) is ignored: the pages stay
// small.
func adviseHugePages(toks []Token) {
	size := uintptr(cap(toks)) * unsafe.Sizeof(Token{})
	if size < 2*hugePage {
		return
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(toks)))
	first := (start + hugePage - 1) &^ (hugePage - 1) // the first huge page's start
	end := (start + size) &^ (hugePage - 1)           // the last one's end
	if first >= end {
		return
	}
	p := unsafe.Add(unsafe.Pointer(unsafe.SliceData(toks)), first-start)
	_ = syscall.Madvise(unsafe.Slice((*byte)(p), end-first), syscall.MADV_HUGEPAGE)
}
