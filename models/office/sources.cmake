# The office's settings (issue 10): benefit standards, category top-ups and the benefit ceiling rule.
# Included by models/CMakeLists.txt; lists sources relative to models/.
set(DIBAO_OFFICE_SOURCES
    office/BenefitCeiling.cpp office/BenefitCeiling.h
    office/BenefitStandardModel.cpp office/BenefitStandardModel.h
    office/CategorySupplementModel.cpp office/CategorySupplementModel.h
    office/StandardRepository.cpp office/StandardRepository.h
)
