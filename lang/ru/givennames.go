package ru

import "github.com/varlik/varlik/lang"

var _ lang.GivenNames = Russian{}

// GivenName reports whether norm is one of natasha's first names in the
// word-form counts (lang.GivenNames): Вирджиния, Виктория.
func (Russian) GivenName(norm string) bool { return forms.first(norm) }
