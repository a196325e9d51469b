#pragma once

#include <memory>

class DataCheck;

// The checks over the township's own roster (DESIGN.md §2's typical anomalies), one file each; DataChecks lists them.
namespace RosterChecks {
std::unique_ptr<DataCheck> invalidId(); // invalid_id: 身份证号码无效或缺失
std::unique_ptr<DataCheck> duplicateId(); // duplicate_id: 一人多户、一卡多户
std::unique_ptr<DataCheck> coveredAboveMembers(); // covered_above_members: 保障人数超过家庭人口
std::unique_ptr<DataCheck> amountAboveStandard(); // amount_above_standard: 超标准发放
std::unique_ptr<DataCheck> deceasedCovered(); // deceased_covered: 死亡未停保
std::unique_ptr<DataCheck> reviewOverdue(); // review_overdue: 逾期未复核
std::unique_ptr<DataCheck> ableBodiedHousehold(); // able_bodied_household: 全户有劳动能力
} // namespace RosterChecks
