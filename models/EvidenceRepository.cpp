// EvidenceRepository: being written
