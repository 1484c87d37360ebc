// Package ner is varlik's named-entity tagger: an averaged structured
// perceptron over hashed features (word, shape, affixes, context, trigger
// words, gazetteer membership, lexicon classes) with Viterbi decoding under
// IOB2 constraints, its binary model format, training and evaluation.
//
// A Model is immutable once built and safe for concurrent use. Tag returns
// spans over a sentence's tokens that never start or end on an apostrophe
// suffix, punctuation or a symbol. Default models are registered by the
// data-only packages under ner/models and decoded on first use.
package ner
