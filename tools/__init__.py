"""Build-time tools run by make: the offline bundle, the PDF handouts and the benchmark."""
