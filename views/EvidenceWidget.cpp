// EvidenceWidget: being written
