// Package checkpoint lets a long loop notice that its context is done
// without paying for ctx.Err on every step.
package checkpoint

import "context"

// Interval is how many calls of Every.Done pass between looks at the
// context: a few hundred microseconds of the costliest per-item work
// (linking one mention, merging one window's spans).
const Interval = 1024

// Every looks at a context once every Interval calls of Done. The zero
// value, or one made from a nil context, never stops. It is not safe for
// concurrent use: each loop, or each goroutine, has its own.
type Every struct {
	ctx context.Context
	n   int
	err error
}

// New returns an Every that watches ctx.
func New(ctx context.Context) *Every { return &Every{ctx: ctx} }

// Done reports whether the context was found done, looking at it on
// every Interval-th call. Once it returns true it always does.
func (c *Every) Done() bool {
	if c == nil || c.ctx == nil {
		return false
	}
	if c.err != nil {
		return true
	}
	c.n++
	if c.n%Interval == 0 {
		c.err = c.ctx.Err()
	}
	return c.err != nil
}

// Now looks at the context at once (between stages), and reports whether
// it is done.
func (c *Every) Now() bool {
	if c == nil || c.ctx == nil {
		return false
	}
	if c.err == nil {
		c.err = c.ctx.Err()
	}
	return c.err != nil
}

// Err returns the context's error once Done or Now has seen it, else nil.
func (c *Every) Err() error {
	if c == nil {
		return nil
	}
	return c.err
}
