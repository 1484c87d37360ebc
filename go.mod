module github.com/varlik/varlik

go 1.26
