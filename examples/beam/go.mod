module github.com/varlik/varlik/examples/beam

go 1.26.0

replace github.com/varlik/varlik => ../..

require github.com/apache/beam/sdks/v2 v2.77.0 // indirect
