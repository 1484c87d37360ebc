package main

import (
	"net"
	"sync"
)

// limitListener accepts at most cap(sem) connections at a time: Accept
// waits while that many are open. A net/http server has no such bound, and
// each connection may hold a request body of up to -max-bytes while it is
// read, so the bound is also one on memory. (golang.org/x/net/netutil has
// the same; this module does not depend on x/net for it.)
type limitListener struct {
	net.Listener
	sem       chan struct{}
	closeOnce sync.Once
	done      chan struct{} // closed by Close, to end a waiting Accept
}

func newLimitListener(l net.Listener, n int) *limitListener {
	return &limitListener{Listener: l, sem: make(chan struct{}, max(n, 1)), done: make(chan struct{})}
}

func (l *limitListener) Accept() (net.Conn, error) {
	select {
	case l.sem <- struct{}{}:
	case <-l.done:
		return nil, net.ErrClosed
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.sem
		return nil, err
	}
	return &limitConn{Conn: c, release: func() { <-l.sem }}, nil
}

func (l *limitListener) Close() error {
	err := l.Listener.Close()
	l.closeOnce.Do(func() { close(l.done) })
	return err
}

// limitConn gives its place back once, on the first Close.
type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}

// CloseWrite half-closes the connection where the underlying one can (a
// TCP connection): net/http closes its write side after an answer sent
// before the body was read (413, 503) and waits for the client to stop
// sending, so that the client reads the answer instead of a reset.
// Embedding net.Conn hides the method; this passes it on.
func (c *limitConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}
