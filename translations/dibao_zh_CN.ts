<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../views/roster/AmountDialog.cpp" line="+36"/>
        <source>Benefit and persons of the household of %1</source>
        <translation>调整%1户的保障金和人数</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>At least the %n member(s) on record</source>
        <translation>
            <numerusform>不少于已登记的 %n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Current amount:</source>
        <translation>当前金额：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New amount:</source>
        <translation>调整后金额(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household si&amp;ze:</source>
        <translation>家庭人口(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;overed persons:</source>
        <translation>保障人口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>执行日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>调整原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The standard in force could not be read: %1</source>
        <translation>无法读取现行低保标准：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1: (standard %2 yuan + %3 top-up %4 yuan) per person per month × %5 covered persons = at most %6 yuan</source>
        <translation>%1：每人每月（低保标准 %2 元 + %3增发 %4 元）× 保障人口 %5 人 = 最高 %6 元</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1: standard %2 yuan per person per month × %3 covered persons = at most %4 yuan</source>
        <translation>%1：低保标准每人每月 %2 元 × 保障人口 %3 人 = 最高 %4 元</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>monthly amount %1 → %2 yuan</source>
        <translation>月保障金 %1 → %2 元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>household size %1 → %2</source>
        <translation>家庭人口 %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>covered persons %1 → %2</source>
        <translation>保障人口 %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changes yet.</source>
        <translation>尚未作任何修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving changes: %1, from %2.</source>
        <translation>将保存以下变更：%1，自 %2 起执行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New amount: the monthly amount cannot be negative.</source>
        <translation>调整后金额：月保障金不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household size: at least the %1 members on record.</source>
        <translation>家庭人口：不能少于已登记的 %1 名成员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covered persons: at most the household size (%1).</source>
        <translation>保障人口：不能多于家庭人口（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: say why the figures change.</source>
        <translation>调整原因：请说明数据变更的原因。</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../views/ledgers/inspection/AnswerDialog.cpp" line="+85"/>
        <source>Data check</source>
        <translation>数据核查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;households...</source>
        <translation>查看家庭(&amp;H)...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When a problem is found: what, where, which households</source>
        <translation>存在问题时填写：什么问题、在哪里、涉及哪些家庭</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;dd...</source>
        <translation>添加(&amp;D)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Result:</source>
        <translation>检查结果：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problem found:</source>
        <translation>问题描述(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected households:</source>
        <translation>涉及家庭：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;esponsible:</source>
        <translation>责任人(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the answer first (Save button), then attach evidence files.</source>
        <translation>请先保存本项（“保存”按钮），再添加佐证材料。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+178"/>
        <source>Open &amp;rectification...</source>
        <translation>开具整改(&amp;R)...</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>&amp;Save</source>
        <extracomment>Saves the answer and keeps the dialog open</extracomment>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item %1 of %2</source>
        <translation>%2 · 检查项 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>guards against: %1</source>
        <translation>防范：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n household(s) found on the roster today.</source>
        <extracomment>%1 is the data check&apos;s title</extracomment>
        <translation>
            <numerusform>%1：花名册中今日发现 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the check could not be run. %2</source>
        <extracomment>%1 is the data check&apos;s title, %2 why the roster could not be read</extracomment>
        <translation>%1：未能完成核查。%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This self-inspection was closed on %1; its answers can be read but not changed.</source>
        <translation>本次自查已于 %1 结束，检查结果只能查看，不能修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item could not be read. Close this window and open it again from the list.</source>
        <translation>无法读取该项。请关闭此窗口，再从列表中重新打开。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Household %1 (no longer readable)</source>
        <translation>家庭 %1（已无法读取）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>View &amp;rectification...</source>
        <translation>查看整改(&amp;R)...</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Discard the changes to this answer?</source>
        <translation>放弃对本项检查结果的修改吗？</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>A rectification is opened for a problem: choose &quot;%1&quot; and describe it first.</source>
        <translation>整改针对存在的问题开具：请先选择“%1”并填写问题描述。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="+17"/>
        <source>audit needs a subcommand: audit verify.</source>
        <translation>audit 需要子命令：audit verify。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown audit subcommand &quot;%1&quot;; the one there is: audit verify.</source>
        <translation>未知的 audit 子命令“%1”；可用的子命令只有 audit verify。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit verify takes no argument &quot;%1&quot;.</source>
        <translation>audit verify 不接受参数“%1”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 records, chain intact</source>
        <translation>共 %1 条记录，校验链完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log is broken at record %1: %2 (%3 records read).</source>
        <translation>操作日志在第 %1 条记录处断裂：%2（已读取 %3 条记录）。</translation>
    </message>
</context>
<context>
    <name>AuditHistoryModel</name>
    <message>
        <location filename="../models/roster/AuditHistoryModel.cpp" line="+28"/>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status changed</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount changed</source>
        <translation>调整金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member added</source>
        <translation>增加成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member edited</source>
        <translation>修改成员信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member left</source>
        <translation>成员离户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member moved in</source>
        <translation>成员迁入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Death recorded</source>
        <translation>死亡登记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head changed</source>
        <translation>变更户主</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>covered</source>
        <translation>是否保障对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>保障状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly amount</source>
        <translation>月保障金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>covered persons</source>
        <translation>保障人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benefit since</source>
        <translation>开始保障年月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered poor</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of death</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left on</source>
        <translation>离户日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for leaving</source>
        <translation>离户原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labour ability</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disability</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>家庭成员 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly amount %1</source>
        <translation>月保障金 %1 元</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 → %3</source>
        <extracomment>a field changed: 字段：旧值 → 新值</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <extracomment>a field set: 字段：值</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; </source>
        <extracomment>between the changes of one record: ；</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/storage/AuditLog.cpp" line="+282"/>
        <source>the audit log cannot be read</source>
        <translation>无法读取操作日志</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record %1 is missing (the next record is %2)</source>
        <translation>第 %1 条记录缺失（下一条为第 %2 条）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>record %1 does not follow record %2: records were removed or reordered</source>
        <translation>第 %1 条记录没有接在第 %2 条之后：有记录被删除或顺序被调换</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <source>record %1 was altered after it was written</source>
        <translation>第 %1 条记录在写入后被改动过</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>record %1 is missing: the log ends at record %2 but record %3 was the last written</source>
        <translation>第 %1 条记录缺失：日志止于第 %2 条，但最后写入的是第 %3 条</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record %1 was added outside Dibao Workbench</source>
        <translation>第 %1 条记录不是由低保专项治理工作台写入的</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="+49"/>
        <source>backup needs a subcommand: backup create, verify FILE, restore FILE or list.</source>
        <translation>backup 需要子命令：backup create、verify FILE、restore FILE 或 list。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown backup subcommand &quot;%1&quot;; they are create, verify, restore and list.</source>
        <translation>未知的 backup 子命令“%1”；可用的子命令有 create、verify、restore 和 list。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup %1 needs the backup file.</source>
        <translation>backup %1 需要指定备份文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup %1 takes no argument &quot;%2&quot;.</source>
        <translation>backup %1 不接受参数“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup verify takes no --to: it checks the file it is given.</source>
        <translation>backup verify 不接受 --to：它只检查所给的文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backup of %1 written to %2 (%3) and checked: complete, undamaged, audit log intact.</source>
        <translation>%1 的备份已写入 %2（%3）并通过检查：文件完整、未损坏，操作日志完好。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no backups in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups in %1, newest first:</source>
        <translation>%1 中的备份（最新的在前）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replaced by a restore</source>
        <extracomment>A database that a restore replaced, kept in the backup folder</extracomment>
        <translation>恢复时被替换</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a complete, undamaged backup with an intact audit log: %2 households, %3 audit records, schema %4.</source>
        <translation>%1 是完整、未损坏的备份，操作日志完好：共 %2 户，操作日志 %3 条，数据结构版本 %4。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restored %1 into %2 (%3 households).</source>
        <translation>已将 %1 恢复到 %2（%3 户）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database it replaced is kept as %1.</source>
        <translation>被替换的数据库保留为 %1。</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../views/backup/BackupController.cpp" line="+42"/>
        <source>&amp;Back up...</source>
        <extracomment>File menu: make a backup of the database (备份)</extracomment>
        <translation>备份(&amp;B)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a backup...</source>
        <extracomment>File menu: put a backup in place of the database (恢复)</extracomment>
        <translation>从备份恢复(&amp;R)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &amp;folder...</source>
        <translation>备份文件夹(&amp;F)...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1

Restore the database from a backup now? The file that cannot be opened is kept in the backup folder.</source>
        <translation>%1

现在从备份恢复数据库吗？无法打开的文件将保留在备份文件夹中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dibao Workbench</source>
        <translation>低保专项治理工作台</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+140"/>
        <location line="+13"/>
        <location line="+15"/>
        <location line="+21"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+144"/>
        <source>Dibao Workbench backups (*.sqlite);;All files (*)</source>
        <translation>低保专项治理工作台备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups cannot be listed</source>
        <translation>无法列出备份</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups go to %1</source>
        <translation>备份保存在 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was written to %1 (%2) and checked: it is complete, undamaged and its audit log is intact.</source>
        <translation>备份已写入 %1（%2）并通过检查：文件完整、未损坏，操作日志完好。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up the database...</source>
        <translation>正在备份数据库……</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups now go to %1.</source>
        <translation>今后备份将保存到 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backing up...</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1

The database was not changed.</source>
        <translation>%1

数据库未作改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its last change was made on %1</source>
        <translation>最后一次修改于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it records no change</source>
        <translation>其中没有修改记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database
%1
with the backup
%2
(%3 households; %4)?

Everything entered since that backup is replaced. The current database is kept in the backup folder %5 as a file named replaced-dibao-….sqlite; restore that file to undo this.</source>
        <translation>将数据库
%1
替换为备份
%2
（%3 户；%4）吗？

该备份之后录入的所有内容都将被替换。当前数据库将以 replaced-dibao-….sqlite 为文件名保留在备份文件夹 %5 中；如需撤销，请从该文件恢复。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the backup...</source>
        <translation>正在检查备份……</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The database was restored from the backup (%n household(s)). The database it replaced is kept as %1.</source>
        <translation>
            <numerusform>已从备份恢复数据库（%n 户）。被替换的数据库保留为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring the database...</source>
        <translation>正在恢复数据库……</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../models/backup/BackupService.cpp" line="+54"/>
        <source>Cannot create the backup folder %1. Choose another folder.</source>
        <translation>无法创建备份文件夹 %1。请另选文件夹。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no database at %1 to back up.</source>
        <translation>%1 处没有可备份的数据库。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the database %1 (%2).</source>
        <translation>无法打开数据库 %1（%2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is full: no backup could be written to %1. Free some space or choose another backup folder.</source>
        <translation>磁盘已满：无法将备份写入 %1。请腾出磁盘空间，或另选备份文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup could be written to %1 (%2).</source>
        <translation>无法将备份写入 %1（%2）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup was made: %1</source>
        <translation>未能备份：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+157"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Old automatic backups could not be removed: %1.</source>
        <translation>无法删除旧的自动备份：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup folder %1 cannot be read, so its backups cannot be listed. Check that it is a folder you may open, or choose another backup folder.</source>
        <translation>无法读取备份文件夹 %1，因此无法列出其中的备份。请确认这是一个有权限打开的文件夹，或另选备份文件夹。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database %1 is open in another Dibao Workbench window or program. Close it and try again.</source>
        <translation>数据库 %1 正在另一个低保专项治理工作台窗口或其他程序中打开。请关闭后重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 The database %2 was not changed.</source>
        <translation>%1数据库 %2 未作改动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 是数据库本身，不是它的备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <location filename="../models/backup/BackupVerifier.cpp" line="+30"/>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 是文件夹，不是备份文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty: it is not a backup.</source>
        <translation>%1 是空文件，不是备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Dibao Workbench backup: it is not an SQLite database file.</source>
        <translation>%1 不是低保专项治理工作台的备份：它不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is incomplete: it ends after %2 bytes, but the database in it needs %3 bytes. The copy was cut short (a full disk, or a USB stick removed too early).</source>
        <translation>%1 不完整：文件只有 %2 字节，但其中的数据库需要 %3 字节。复制时被中断（磁盘已满，或 U 盘拔出过早）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is damaged: its header is not valid.</source>
        <translation>%1 已损坏：文件头无效。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has changes beside it in %2 that are not in the file itself: it is a database in use (or not closed properly), not a backup. Make a backup with File &gt; Back up... or dibao-cli backup create instead.</source>
        <translation>%1 旁边的 %2 中有尚未写入该文件本身的修改：这是正在使用（或未正常关闭）的数据库，不是备份。请改用“文件 &gt; 备份...”或 dibao-cli backup create 进行备份。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 已损坏，无法读取（%2）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was made by a newer version of Dibao Workbench (schema %2; this program knows %3). Install the newer version to use it.</source>
        <translation>%1 是由较新版本的低保专项治理工作台生成的（数据结构版本 %2，本程序只支持到版本 %3）。请安装新版本后再使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is an SQLite file, but not a Dibao Workbench database.</source>
        <translation>%1 是 SQLite 文件，但不是低保专项治理工作台的数据库。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is damaged: SQLite&apos;s integrity check reports &quot;%2&quot;.</source>
        <translation>%1 已损坏：SQLite 完整性检查报告“%2”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the audit log is broken at record %2 (%3). The file was changed outside Dibao Workbench after it was written; it cannot be trusted.</source>
        <translation>%1：操作日志在第 %2 条记录处断裂（%3）。该文件写入后曾在低保专项治理工作台之外被改动，不可信任。</translation>
    </message>
</context>
<context>
    <name>BenefitStandardModel</name>
    <message>
        <location filename="../models/office/BenefitStandardModel.cpp" line="+69"/>
        <source>In force this month</source>
        <translation>本月执行的标准</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>From</source>
        <extracomment>Column: the month a benefit standard applies from</extracomment>
        <translation>执行起始年月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yuan per person per month</source>
        <translation>元/人·月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <location filename="../app/cli/CalendarCommand.cpp" line="+33"/>
        <source>--year: &quot;%1&quot; is not a year.</source>
        <translation>--year：“%1”不是年份。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submission</source>
        <translation>报送事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2</source>
        <translation>%1 由%2报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting calendar %1 (today %2)</source>
        <translation>%1 年报送日历（今天 %2）</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../views/ledgers/calendar/CalendarDialog.cpp" line="+54"/>
        <source>Every &amp;month</source>
        <translation>每月(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Active</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reporting calendar</source>
        <translation>报送日历</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <source>Submission</source>
        <translation>报送事项</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+173"/>
        <source>Submitted</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>File</source>
        <translation>报送文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file sent, e.g. 典型案例2026-10.xlsx</source>
        <translation>报送的文件，例如 典型案例2026-10.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file that was sent</source>
        <translation>选择已报送的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file that was sent</source>
        <translation>已报送的文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;submitted</source>
        <translation>登记为已报送(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not submitted</source>
        <translation>改为未报送(&amp;N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What fell due before this day was submitted outside the workbench and is not reported as overdue</source>
        <translation>此日期之前到期的事项视为已在本程序之外报送，不提示逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trac&amp;ked from:</source>
        <translation>开始登记日期(&amp;K)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitted &amp;on:</source>
        <translation>报送日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted &amp;by:</source>
        <translation>报送人(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When due</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New submission</source>
        <translation>新增报送事项(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Month:</source>
        <translation>月：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day:</source>
        <translation>日：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>事项名称(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>到期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due dates</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submissions</source>
        <translation>报送事项</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Before tracking began</source>
        <translation>开始登记前</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every month by the %1th</source>
        <translation>每月%1日前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every year by %1-%2</source>
        <translation>每年%1月%2日前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <source>Choose the submission in the list first.</source>
        <translation>请先在列表中选择报送事项。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Marked as submitted.</source>
        <translation>已登记为已报送。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved. The due dates follow the change.</source>
        <translation>已保存，到期日已随之更新。</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <location filename="../models/ledgers/calendar/CalendarRepository.cpp" line="+96"/>
        <source>Enter the title of the submission.</source>
        <translation>请填写报送事项名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The due day must be between 1 and 31; %1 was given.</source>
        <translation>报送日应为1至31日，填写的是 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A yearly submission needs its month (1 to 12); %1 was given.</source>
        <translation>每年报送的事项须填写月份（1至12），填写的是 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day %2 does not exist in month %1 every year: choose a day from 1 to %3.</source>
        <translation>并非每年都有%1月%2日：请选择1至%3日。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+143"/>
        <source>The calendar item no longer exists.</source>
        <translation>该报送事项已不存在。</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>The code %1 is already used by “%2”.</source>
        <translation>编码 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>“%1” is not due on %2.</source>
        <translation>“%1”的报送截止日不是 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the date “%1” was submitted.</source>
        <translation>请填写“%1”的报送日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The submission date %1 is in the future.</source>
        <translation>报送日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter who submitted “%1”.</source>
        <translation>请填写“%1”的报送人。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No submission is recorded for the due date %1 of this item.</source>
        <translation>该事项截止日 %1 没有报送记录。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose a day up to today from which the calendar tracks submissions.</source>
        <translation>请选择不晚于今天的日期，作为报送日历开始登记的日期。</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../views/ledgers/cases/CaseDialog.cpp" line="+73"/>
        <source>What happened, how it was found and how it was dealt with</source>
        <translation>基本案情、发现经过和处理情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not classified)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names and posts of the persons involved</source>
        <translation>涉及人员的姓名和职务</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reported for &amp;month:</source>
        <translation>报送月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>案例标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>基本案情(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problem type:</source>
        <translation>问题类型(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons &amp;involved:</source>
        <translation>涉及人员(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling:</source>
        <translation>处理方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funds recovered:</source>
        <translation>追回资金(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>案例来源(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source &amp;record:</source>
        <translation>来源记录(&amp;R)：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New typical case</source>
        <translation>新增典型案例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typical case: %1</source>
        <translation>典型案例：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No. %1, %2: %3</source>
        <extracomment>a complaint offered as a case&apos;s source: number, date received, subject or summary</extracomment>
        <translation>第 %1 号，%2：%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing to choose from)</source>
        <translation>（无可选记录）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reporting calendar could not be read.</source>
        <translation>无法读取报送日历。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By the reporting calendar, the typical cases of %1 are due on %2.</source>
        <extracomment>典型案例按报送日历于次月报送</extracomment>
        <translation>按报送日历，%1的典型案例应于%2前报送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reporting calendar has no date for typical cases.</source>
        <translation>报送日历中没有典型案例的报送日期。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Discard the changes to this typical case?</source>
        <translation>放弃对该典型案例的修改吗？</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../models/ledgers/cases/CaseModel.cpp" line="+49"/>
        <source>, </source>
        <extracomment>separator of a list of handling kinds: 、</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funds recovered (yuan)</source>
        <translation>追回资金（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../views/ledgers/cases/CasePage.cpp" line="+28"/>
        <source>&amp;Delete...</source>
        <translation>删除(&amp;D)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the cases of one month (the lowest value shows all months)</source>
        <translation>只显示某一月份的案例（调到最小值显示全部月份）</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>New typical case (Ins, Ctrl+N)</source>
        <translation>新增典型案例（Ins、Ctrl+N）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected case (Enter)</source>
        <translation>修改选中的案例（回车）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the selected case (Del)</source>
        <translation>删除选中的案例（Del）</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>New typical case</source>
        <translation>新增典型案例</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n case(s), funds recovered %1 yuan</source>
        <extracomment>N 件，追回资金 X 元</extracomment>
        <translation>
            <numerusform>共 %n 件，追回资金 %1 元</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. The case belongs to another month than the one shown.</source>
        <translation>已保存。该案例不属于当前显示的月份。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete typical case</source>
        <translation>删除典型案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the typical case &quot;%1&quot; of %2? The audit log keeps a copy of it.</source>
        <translation>删除 %2 的典型案例“%1”吗？审计日志会保留其副本。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The typical case &quot;%1&quot; was deleted.</source>
        <translation>典型案例“%1”已删除。</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../models/ledgers/cases/CaseRepository.cpp" line="+168"/>
        <source>Choose the month the case is reported for.</source>
        <translation>请选择案例所属的报送月份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the title of the case.</source>
        <translation>请填写案例标题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funds recovered cannot be negative.</source>
        <translation>追回资金不能为负数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The self-inspection item this case comes from no longer exists.</source>
        <translation>该案例来源的自查项目已不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint #%1 this case comes from no longer exists.</source>
        <translation>该案例来源的举报线索 #%1 已不存在。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The typical case no longer exists.</source>
        <translation>该典型案例已不存在。</translation>
    </message>
</context>
<context>
    <name>CategorySupplementModel</name>
    <message>
        <location filename="../models/office/CategorySupplementModel.cpp" line="+17"/>
        <source>%1 % of the standard</source>
        <translation>低保标准的 %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(no standard yet)</source>
        <translation>（尚无低保标准）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Category</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <extracomment>Column: the month a top-up applies from</extracomment>
        <translation>执行起始年月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top-up</source>
        <translation>增发标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yuan per person per month</source>
        <translation>元/人·月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <location filename="../models/ledgers/inspection/ChecklistRepository.cpp" line="+55"/>
        <source>The checklist no longer exists.</source>
        <translation>该检查清单已不存在。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no self-inspection checklist in this database; add a checklist first.</source>
        <translation>本数据库中没有自查清单，请先添加自查清单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no checklist with the code %1 in this database.</source>
        <translation>本数据库中没有编号为 %1 的检查清单。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The checklist has no code.</source>
        <translation>自查清单缺少编码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the checklist.</source>
        <translation>请填写自查清单名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A checklist needs at least one item.</source>
        <translation>自查清单至少需要一项检查内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item %1 (%2)</source>
        <translation>第%1项（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no code</source>
        <translation>无编码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: enter a code for the item.</source>
        <translation>%1：请填写该项编码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the code %2 is used by another item; each item needs its own code.</source>
        <translation>%1：编码%2已被其他项使用，每项编码不得重复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the wording is empty.</source>
        <translation>%1：检查内容为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: choose the link (one of the seven links) the item belongs to.</source>
        <translation>%1：请选择该项所属环节（七个环节之一）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: an unknown problem type is selected.</source>
        <translation>%1：所选问题类型无法识别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not a known data check.</source>
        <translation>%1：“%2”不是可用的数据核查项。</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <location filename="../models/ledgers/LedgerTypes.cpp" line="+24"/>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
</context>
<context>
    <name>ChecksCommand</name>
    <message>
        <location filename="../app/cli/ChecksCommand.cpp" line="+33"/>
        <source>--check: &quot;%1&quot; is not a data check; use one of %2.</source>
        <translation>--check：“%1”不是数据核查项；请使用以下之一：%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1 on %2: %n household(s) found.</source>
        <translation>
            <numerusform>%1（%2）：发现 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is wrong</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check</source>
        <translation>核查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guards against</source>
        <translation>防范问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data checks over the households on dibao on %1:</source>
        <translation>%1 在保家庭数据核查：</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+82"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+42"/>
        <source>Unknown option or option without a value: %1</source>
        <translation>未知选项，或选项缺少取值：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 is given more than once.</source>
        <translation>--%1 给出了不止一次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes no argument &quot;%2&quot;.</source>
        <extracomment>%1 is a command (&quot;office show&quot;), %2 what was given after it</extracomment>
        <translation>%1 不接受参数“%2”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: dibao-cli [--db PATH] [--json] [--lang zh_CN|en] [--operator NAME] COMMAND [ARGS...]

Commands:
  init --name NAME --code CODE [--county COUNTY] [--phone PHONE] [--village NAME]...
                      set up the township office (12-digit division code) and add villages
  office show         the office&apos;s settings and the standard in force this month
  office set [--name N] [--code CODE] [--county C] [--address A] [--hotline TEXT]
         [--disclosure-url URL] [--head NAME] [--reviewer NAME] [--preparer NAME] [--phone TEXT]
                      change the office&apos;s settings (an empty value clears a field)
  standard list       the benefit standards (yuan per person per month) by month
  standard add --from YYYY-MM --yuan N [--note TEXT]
                      add the standard in force from a month (N may have 2 decimals)
  standard topup list the category top-ups (A, B, C) by month
  standard topup set --category A|B|C --from YYYY-MM (--yuan N | --share PERCENT) [--note TEXT]
                      a category&apos;s top-up per covered person from a month: a fixed amount or a
                      percentage of the standard
  demo --households N [--seed S]
                      fill an empty database with a realistic demo township
  id-check NUMBER...  check resident ID numbers (GB 11643-1999)
  stats               households, persons and monthly amounts by status and village
  audit verify        check that no audit record was altered, removed or reordered
  import roster FILE [--sheet NAME] [--profile NAME] [--as-of YYYY-MM] [--create-villages]
         [--dry-run]
                      load a roster from .xlsx, .xls or .csv (all rows or none); --as-of is the
                      month the roster describes, for households it gives no start month or
                      status date
  export roster --out FILE.xlsx|FILE.csv [--village V] [--status S]
                      write the roster in the official layout
  export checklist|rectifications|complaints|cases [--period YYYY-MM] [--inspection N]
         --out FILE.xlsx
                      write a ledger of the campaign in the official layout
  calendar [--year Y] [--date YYYY-MM-DD]
                      the reporting calendar: due dates and what was submitted
  checks [--date YYYY-MM-DD] [--check KEY]
                      run the data checks over the roster: how many households each finds;
                      --check KEY lists the households one check finds, and why
  report list         the official tables
  report NAME --period YYYY-MM --out FILE.pdf|FILE.xlsx|FILE.csv [--village V]
                      compute a table for a month and write it in the official layout
  backup create [--to DIR]
                      write a checked copy of the database into the backup folder
  backup verify FILE  check that a backup is complete, undamaged and its audit log intact
  backup restore FILE [--to DIR]
                      replace the database with a checked backup; the replaced database is
                      kept in the backup folder
  backup list [--to DIR]
                      the backups in the folder, newest first
  help                show this text

Options (anywhere on the line):
  --db PATH           the database file (default: %1)
  --json              print JSON instead of text
  --lang zh_CN|en     the language of messages
  --operator NAME     who is recorded in the audit log for changes
                      (default: the name set on this PC, else dibao-cli)
Backup folder: --to DIR, else the one chosen in the window, else %2

Exit codes: 0 success, 1 wrong usage, 2 input rejected (nothing written), 3 other failure.
</source>
        <translation>用法：dibao-cli [--db PATH] [--json] [--lang zh_CN|en] [--operator NAME] COMMAND [ARGS...]

命令：
  init --name NAME --code CODE [--county COUNTY] [--phone PHONE] [--village NAME]...
                      设置乡镇民政办（12 位区划代码）并添加村（居）
  office show         显示本单位设置和本月执行的低保标准
  office set [--name N] [--code CODE] [--county C] [--address A] [--hotline TEXT]
         [--disclosure-url URL] [--head NAME] [--reviewer NAME] [--preparer NAME] [--phone TEXT]
                      修改本单位设置（取值为空即清除该项）
  standard list       按月份列出低保标准（元/人·月）
  standard add --from YYYY-MM --yuan N [--note TEXT]
                      添加自某月起执行的低保标准（N 最多可带 2 位小数）
  standard topup list 按月份列出分类施保增发标准（A、B、C 类）
  standard topup set --category A|B|C --from YYYY-MM (--yuan N | --share PERCENT) [--note TEXT]
                      设置某类别自某月起每名保障对象的增发标准：固定金额，
                      或低保标准的百分比
  demo --households N [--seed S]
                      在空数据库中生成一个仿真的演示乡镇
  id-check NUMBER...  校验居民身份证号码（GB 11643-1999）
  stats               按保障状态和村（居）统计户数、人数和月保障金
  audit verify        检查操作日志中有无被修改、删除或调换顺序的记录
  import roster FILE [--sheet NAME] [--profile NAME] [--as-of YYYY-MM] [--create-villages]
         [--dry-run]
                      从 .xlsx、.xls 或 .csv 文件导入花名册（要么全部导入，要么一行也不导入）；
                      --as-of 为花名册所属月份，用于文件中未填写开始保障年月或
                      状态日期的户
  export roster --out FILE.xlsx|FILE.csv [--village V] [--status S]
                      按规定格式导出花名册
  export checklist|rectifications|complaints|cases [--period YYYY-MM] [--inspection N]
         --out FILE.xlsx
                      按规定格式导出专项治理台账
  calendar [--year Y] [--date YYYY-MM-DD]
                      报送日历：各报送事项的到期日和报送情况
  checks [--date YYYY-MM-DD] [--check KEY]
                      对花名册运行数据核查：每项核查发现的户数；
                      --check KEY 列出某项核查发现的家庭及原因
  report list         列出统计报表
  report NAME --period YYYY-MM --out FILE.pdf|FILE.xlsx|FILE.csv [--village V]
                      计算某月的报表并按规定格式输出
  backup create [--to DIR]
                      将数据库副本写入备份文件夹，并检查副本
  backup verify FILE  检查备份是否完整、未损坏，其操作日志是否完好
  backup restore FILE [--to DIR]
                      用经检查无误的备份替换数据库；被替换的数据库
                      保留在备份文件夹中
  backup list [--to DIR]
                      列出备份文件夹中的备份，最新的在前
  help                显示本帮助

选项（可放在命令行的任意位置）：
  --db PATH           数据库文件（默认：%1）
  --json              以 JSON 格式输出，而不是文本
  --lang zh_CN|en     提示信息的语言
  --operator NAME     操作日志中记录的操作员姓名
                      （默认：本机设置的姓名，未设置时为 dibao-cli）
备份文件夹：--to DIR；未指定时为窗口中选定的文件夹；再未选定时为 %2

退出码：0 成功，1 用法错误，2 输入被拒绝（未写入任何内容），3 其他错误。
</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+18"/>
        <source>dibao-cli: %1</source>
        <translation>dibao-cli: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--date: &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>--date：“%1”不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--period: &quot;%1&quot; is not a month; write it as YYYY-MM, e.g. 2026-10.</source>
        <translation>--period：“%1”不是月份；请写成 YYYY-MM，例如 2026-10。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no database at %1. Create one with &quot;dibao-cli init&quot; or &quot;dibao-cli demo&quot;, or name another file with --db.</source>
        <translation>%1 处没有数据库。请用“dibao-cli init”或“dibao-cli demo”新建，或用 --db 指定其他文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <location filename="../models/ledgers/LedgerTypes.cpp" line="+18"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../views/ledgers/complaints/ComplaintDialog.cpp" line="+87"/>
        <source>none</source>
        <extracomment>an optional date that is not set</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Anonymous</source>
        <translation>匿名举报(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone or address, for the feedback</source>
        <translation>电话或地址，用于反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whom the complaint is about; type a name or ID number to pick a household</source>
        <translation>被反映对象；输入姓名或身份证号码可从花名册中选择</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no village)</source>
        <translation>（未指定村）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not classified)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the reporter says (主要内容)</source>
        <translation>举报人反映的主要内容</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) after the date received unless you change it</source>
        <translation>
            <numerusform>默认为受理之日起 %n 天，可修改</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was done: a visit, a call, a check of the records...</source>
        <translation>办理情况：走访、电话、查阅档案……</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;step</source>
        <translation>记录办理过程(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter or receipt number</source>
        <translation>函件或回执编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer</source>
        <translation>移交(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not yet established)</source>
        <translation>（尚未核查清楚）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By phone, in writing, in person...</source>
        <translation>电话、书面、当面……</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose complaint</source>
        <translation>办结(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (办结): needs the finding; the complaint is then read-only</source>
        <translation>办结：须先填写核查结论；办结后不能再修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open rect&amp;ification...</source>
        <translation>开具整改(&amp;I)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the problem found in the rectification ledger (整改台账)</source>
        <translation>将查实的问题登记到整改台账</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Complaint</source>
        <translation>举报线索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Received on:</source>
        <translation>受理日期(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>受理渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporter&apos;s &amp;name:</source>
        <translation>举报人姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter&apos;s c&amp;ontact:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bject:</source>
        <translation>反映对象(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Village:</source>
        <translation>所在村（居）(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Problem type:</source>
        <translation>问题类型(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>主要内容(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Han&amp;dler:</source>
        <translation>承办人(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due b&amp;y:</source>
        <translation>办结时限(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling log</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transfer to the discipline-inspection body (移交纪检监察)</source>
        <translation>移交纪检监察</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dat&amp;e:</source>
        <translation>移交日期(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To:</source>
        <translation>移交单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>移交文号：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conclusion</source>
        <translation>核查与办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finding:</source>
        <translation>核查结论(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback to the reporter on:</source>
        <translation>反馈举报人日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback &amp;method:</source>
        <translation>反馈方式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+28"/>
        <source>Not linked to a household of the roster</source>
        <translation>未关联花名册中的家庭</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>New complaint</source>
        <translation>受理举报线索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaint No. %1</source>
        <translation>举报线索 第 %1 号</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+127"/>
        <source>On the roster: household of %1, %2</source>
        <translation>花名册：%1户，%2</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Linked to household %1 of the roster, which cannot be read: %2</source>
        <translation>关联花名册上的家庭 %1，但无法读取：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discipline inspection and supervision body</source>
        <extracomment>the default body a complaint is transferred to</extracomment>
        <translation>纪检监察机关</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferred on %1.</source>
        <translation>已于 %1 移交。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not transferred.</source>
        <translation>未移交。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed on %1.</source>
        <translation>已于 %1 办结。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The handler %1 is named in this complaint. A person named in a complaint must not handle it (回避): choose another handler.</source>
        <extracomment>回避: the handler must not handle a complaint that names them</extracomment>
        <translation>承办人 %1 是该举报线索涉及的人员，应当回避：请另行指定承办人。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The complaint could not be read back; close the dialog and open it again.</source>
        <translation>无法重新读取该举报线索，请关闭对话框后重新打开。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Discard the changes to this complaint?</source>
        <translation>放弃对该举报线索的修改吗？</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Transferred to %1.</source>
        <translation>已移交%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The complaint is closed (办结) and can no longer be changed.</source>
        <translation>该举报线索已办结，不能再修改。</translation>
    </message>
</context>
<context>
    <name>ComplaintModel</name>
    <message>
        <location filename="../models/ledgers/complaints/ComplaintModel.cpp" line="+35"/>
        <source>In progress</source>
        <extracomment>a complaint being handled: 办理中</extracomment>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferred</source>
        <extracomment>passed to the discipline-inspection body: 已移交</extracomment>
        <translation>已移交</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <extracomment>已办结</extracomment>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <extracomment>逾期</extracomment>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Transferred on %1 to %2</source>
        <translation>已于 %1 移交%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporter</source>
        <translation>举报人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>反映对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>主要内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>核查结论</translation>
    </message>
</context>
<context>
    <name>ComplaintPage</name>
    <message>
        <location filename="../views/ledgers/complaints/ComplaintPage.cpp" line="+33"/>
        <source>All complaints</source>
        <translation>全部线索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search: summary, subject or handler</source>
        <translation>搜索：主要内容、反映对象或承办人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit for handling a complaint (办结时限), from the day it is received; applies to complaints received from now on</source>
        <translation>举报线索的办结时限，自受理之日起计算；对今后受理的线索生效</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Receive a new complaint (Ins, Ctrl+N)</source>
        <translation>受理新的举报线索（Ins、Ctrl+N）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected complaint (Enter)</source>
        <translation>打开选中的举报线索（回车）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New complaint</source>
        <translation>受理举报线索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit...</source>
        <extracomment>opens a complaint to handle it: 办理</extracomment>
        <translation>办理(&amp;E)...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Time limit:</source>
        <translation>办结时限(&amp;T)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All villages</source>
        <translation>全部村（居）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The villages could not be read: %1</source>
        <translation>无法读取村（居）列表：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total %1, open %2, overdue %3, closed %4; %5 shown</source>
        <extracomment>共 N 条，办理中 N，逾期 N，已办结 N；显示 N 条</extracomment>
        <translation>共 %1 条，办理中 %2，逾期 %3，已办结 %4；显示 %5 条</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>New complaints are due %n day(s) after they are received. Complaints already received keep their due date.</source>
        <translation>
            <numerusform>今后受理的举报线索应在受理之日起 %n 天内办结；已受理的线索保持原办结时限。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Saved. The complaint is not among the rows the filters show.</source>
        <translation>已保存。该举报线索不在当前筛选结果中。</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <location filename="../models/ledgers/complaints/ComplaintRepository.cpp" line="+470"/>
        <source>The complaint no longer exists.</source>
        <translation>该举报线索已不存在。</translation>
    </message>
    <message>
        <location line="-323"/>
        <location line="+91"/>
        <source>This complaint was closed on %1 and can no longer be changed.</source>
        <translation>该举报线索已于 %1 办结，不能再修改。</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>This complaint was closed on %1; no more steps can be recorded.</source>
        <translation>该举报线索已于 %1 办结，不能再登记办理过程。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the date of the step.</source>
        <translation>请填写办理日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step&apos;s date %1 is before the date the complaint was received (%2).</source>
        <translation>办理日期 %1 早于受理日期（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step&apos;s date %1 is in the future.</source>
        <translation>办理日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe what was done in this step.</source>
        <translation>请填写本次办理情况。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter the date of the transfer to the discipline-inspection body.</source>
        <translation>请填写移交纪检监察的日期。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This complaint was already closed on %1.</source>
        <translation>该举报线索已于 %1 办结。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A complaint cannot be closed without a finding: record whether it was substantiated first.</source>
        <translation>没有核查结论不能办结：请先填写核查结论（是否属实）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the date the complaint was closed.</source>
        <translation>请填写办结日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing date %1 is before the date the complaint was received (%2).</source>
        <translation>办结日期 %1 早于受理日期（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The closing date %1 is in the future.</source>
        <translation>办结日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The time limit for complaints must be between 1 and 365 days; %1 was given.</source>
        <translation>举报办结时限应为1至365天，填写的是 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up the office first: the time limit for complaints is one of its settings.</source>
        <translation>请先设置填报单位：举报办结时限是单位设置的一项。</translation>
    </message>
</context>
<context>
    <name>ComplaintRules</name>
    <message>
        <location filename="../models/ledgers/complaints/ComplaintRules.cpp" line="+68"/>
        <source>Enter the date the complaint was received.</source>
        <translation>请填写受理日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date received %1 is in the future.</source>
        <translation>受理日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date %1 is before the date the complaint was received (%2).</source>
        <translation>办结时限 %1 早于受理日期（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter what the complaint is about (summary).</source>
        <translation>请填写反映问题摘要。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the reporter&apos;s name, or mark the complaint as anonymous.</source>
        <translation>请填写举报人姓名，或勾选“匿名”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The household named as the subject no longer exists.</source>
        <translation>被举报的家庭已不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The person named as the subject no longer exists.</source>
        <translation>被举报人已不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person named as the subject is not a member of the household chosen.</source>
        <translation>被举报人不是所选家庭的成员。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The village chosen no longer exists.</source>
        <translation>所选村（居）已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The transfer date %1 must lie between the date received (%2) and today.</source>
        <translation>移交日期 %1 应在受理日期（%2）与今天之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the discipline-inspection body the complaint was transferred to.</source>
        <translation>请填写移交的纪检监察机关。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of the feedback to the reporter %1 must lie between the date received (%2) and today.</source>
        <translation>反馈举报人日期 %1 应在受理日期（%2）与今天之间。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/exchange/sheets/CsvReader.cpp" line="+129"/>
        <location line="+7"/>
        <source>%1: the file is larger than the limit of %2</source>
        <translation>%1：文件超过 %2 的大小上限</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1：无法读取文件（%2）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the text of the file is damaged (invalid %2)</source>
        <translation>%1：文件文本已损坏（不是有效的 %2 编码）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: this is not a text (CSV) file, nor an Excel workbook</source>
        <translation>%1：既不是文本（CSV）文件，也不是 Excel 工作簿</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the text of the file is neither UTF-8 nor GB18030 (GBK); save it again as CSV UTF-8</source>
        <translation>%1：文件文本既不是 UTF-8 编码，也不是 GB18030（GBK）编码；请重新另存为「CSV UTF-8」格式</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: the file has no sheet named %2 (a CSV file has one sheet, %3)</source>
        <translation>%1：文件中没有名为「%2」的工作表（CSV 文件只有一个工作表「%3」）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, row %2: a quotation mark opened in this row is never closed</source>
        <translation>%1 第 %2 行：本行的引号没有闭合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, row %2: the sheet is wider than the limit of %3 columns</source>
        <translation>%1 第 %2 行：列数超过 %3 列的上限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the sheet is larger than the limit of %2 cells</source>
        <translation>%1：单元格数超过 %2 个的上限</translation>
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message>
        <location filename="../models/checks/roster/InvalidIdCheck.cpp" line="+17"/>
        <source>Invalid or missing ID numbers</source>
        <translation>身份证号码错误或缺失</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/DuplicateIdCheck.cpp" line="+59"/>
        <source>One person in two households</source>
        <translation>一人多户重复享受</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/CoveredAboveMembersCheck.cpp" line="+16"/>
        <source>Covered persons above household members</source>
        <translation>保障人口多于家庭人口</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/AmountAboveStandardCheck.cpp" line="+21"/>
        <source>Monthly amount above standard × covered persons</source>
        <translation>月保障金高于低保标准×保障人口</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/DeceasedCoveredCheck.cpp" line="+16"/>
        <source>Deceased member still covered</source>
        <translation>死亡人员仍在保</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/ReviewOverdueCheck.cpp" line="+22"/>
        <source>Periodic review overdue (every 6 or 12 months)</source>
        <translation>逾期未复核（每6个月或12个月复核一次）</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/AbleBodiedHouseholdCheck.cpp" line="+19"/>
        <source>All members able-bodied adults of working age</source>
        <translation>家庭成员均为有劳动能力的劳动年龄人口</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/InvalidIdCheck.cpp" line="+19"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/DuplicateIdCheck.cpp" line="+35"/>
        <source>%1 (ID number %2) is also a member of the household of %3 in %4</source>
        <translation>%1（身份证号码%2）同时是%4%3户的家庭成员</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>paid to bank account %1, as is the household of %2 in %3</source>
        <translation>发放账户%1与%3%2户相同</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/CoveredAboveMembersCheck.cpp" line="+23"/>
        <source>%1 covered persons declared, but the household has %2 members</source>
        <translation>申报保障人口%1人，但家庭人口仅%2人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 members are marked as covered, but the household has %2 members</source>
        <translation>标记为保障对象的成员有%1人，但家庭人口仅%2人</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/AmountAboveStandardCheck.cpp" line="+35"/>
        <source>monthly amount %1 yuan is above (the standard %2 yuan + the %3 top-up %4 yuan) × %5 covered persons = %6 yuan</source>
        <translation>月保障金%1元，高于（低保标准%2元+%3增发%4元）×保障人口%5人=%6元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>monthly amount %1 yuan is above the standard %2 yuan × %3 covered persons = %4 yuan</source>
        <translation>月保障金%1元，高于低保标准%2元×保障人口%3人=%4元</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/DeceasedCoveredCheck.cpp" line="+23"/>
        <source>%1 died on %2 and is still counted as covered</source>
        <translation>%1已于%2死亡，仍计为保障对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 died on %2 and is still a current member of the household</source>
        <translation>%1已于%2死亡，仍为家庭现有成员</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/ReviewOverdueCheck.cpp" line="+51"/>
        <source>every 6 months (an able-bodied member)</source>
        <translation>每6个月一次（家中有具备劳动能力的成员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 12 months (no able-bodied member)</source>
        <translation>每12个月一次（家中无具备劳动能力的成员）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no review recorded, due %1 (%2)</source>
        <translation>无复核记录，应于%1复核（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last reviewed on %1, %2 months ago; due %3 (%4)</source>
        <translation>最近一次复核为%1，已过%2个月；应于%3复核（%4）</translation>
    </message>
    <message>
        <location filename="../models/checks/roster/AbleBodiedHouseholdCheck.cpp" line="+39"/>
        <source>all %1 members are healthy adults aged %2 to %3, able to work and without disability</source>
        <translation>家庭%1名成员均为%2至%3岁、身体健康、有劳动能力且无残疾的成年人</translation>
    </message>
    <message>
        <location filename="../models/checks/DataChecks.cpp" line="+95"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/Database.cpp" line="+72"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Dibao Workbench database (it is not an SQLite file). The file was left as it is; choose another file.</source>
        <translation>%1 不是低保专项治理工作台的数据库（不是 SQLite 文件）。该文件未作任何改动，请另选文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the database %1: the folder is read-only or full (%2).</source>
        <translation>无法创建数据库 %1：文件夹为只读或磁盘已满（%2）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the database %1 (%2).</source>
        <translation>无法打开数据库 %1（%2）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database %1 is damaged and cannot be read. Restore it from a backup (Dibao Workbench offers to at start; or dibao-cli backup restore FILE).</source>
        <translation>数据库 %1 已损坏，无法读取。请从备份中恢复（低保专项治理工作台启动时会提示恢复；也可使用 dibao-cli backup restore FILE）。</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The database file is damaged; nothing was saved. Restore it from a backup (File &gt; Restore from a backup..., or dibao-cli backup restore FILE).</source>
        <translation>数据库文件已损坏；未保存任何内容。请从备份中恢复（“文件 &gt; 从备份恢复...”，或 dibao-cli backup restore FILE）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database is in use by another Dibao Workbench window or program and did not become free in time, so the records could not be read. Try again in a moment.</source>
        <translation>数据库正被另一个低保专项治理工作台窗口或其他程序使用，未能及时释放，记录无法读取。请稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is damaged: the records could not be read. Restore it from a backup (File &gt; Restore from a backup..., or dibao-cli backup restore FILE).</source>
        <translation>数据库文件已损坏，记录无法读取。请从备份恢复（文件 &gt; 从备份恢复...，或 dibao-cli backup restore 文件）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The records could not be read from the database %1 (%2). Nothing is shown in their place; if it happens again, restore the database from a backup.</source>
        <translation>无法从数据库 %1 读取记录（%2）。不以空表代替显示；如再次出现，请从备份恢复数据库。</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>The database %1 was written by a newer version of Dibao Workbench (schema %2; this program knows %3). Install the newer version; the file was not changed.</source>
        <translation>数据库 %1 是由较新版本的低保专项治理工作台写入的（数据结构版本 %2，本程序只支持到版本 %3）。请安装新版本；该文件未作改动。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The disk is full: the change was not saved and nothing was lost. Free some space and try again.</source>
        <translation>磁盘已满：本次修改未保存，原有数据没有丢失。请腾出磁盘空间后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is in use by another Dibao Workbench window or program and did not become free in time; nothing was saved. Try again in a moment.</source>
        <translation>数据库正被另一个低保专项治理工作台窗口或其他程序占用，未能及时释放；未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is read-only: nothing was saved. Copy it to a writable folder or ask for write permission.</source>
        <translation>数据库文件为只读：未保存任何内容。请将其复制到可写入的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk could not be written (input/output error); nothing was saved.</source>
        <translation>无法写入磁盘（输入/输出错误）；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change conflicts with data already on file (%1); nothing was saved.</source>
        <translation>本次修改与已有数据冲突（%1）；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database reported an error; nothing was saved (%1).</source>
        <translation>数据库报错，未保存任何内容（%1）。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="+23"/>
        <source>demo needs --households N.</source>
        <translation>demo 需要 --households N。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--households needs a whole number, not &quot;%1&quot;.</source>
        <translation>--households 需要一个整数，“%1”不是整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed 需要 0 至 4294967295 之间的整数，“%1”不符合要求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--households must be from 1 to %1 (it is %2).</source>
        <translation>--households 必须在 1 至 %1 之间（现为 %2）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Demo township %1 (%2) written to %3 in %4 s (seed %5):</source>
        <translation>演示乡镇 %1（%2）已写入 %3，用时 %4 秒（随机种子 %5）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1 villages, %2 households: %3 active, %4 suspended, %5 exited, %6 rejected, %7 applying</source>
        <translation>  %1 个村（居），%2 户：在保 %3 户，停保 %4 户，退保 %5 户，未通过 %6 户，申请中 %7 户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  active households: %1 persons, %2 covered, %3 yuan a month</source>
        <translation>  在保家庭：家庭人口 %1 人，保障人口 %2 人，月保障金 %3 元</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../models/demo/DemoGenerator.cpp" line="+418"/>
        <source>The number of demo households must be at least 1.</source>
        <translation>演示户数至少为 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The database already holds %n household(s); demo data is only added to an empty roster. Use a new database file for the demo.</source>
        <translation>
            <numerusform>数据库中已有 %n 户；演示数据只能添加到空花名册中。请另建一个数据库文件用于演示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Demo household %1 is not valid: %2</source>
        <translation>演示户 %1 无效：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo households could not be written: %1</source>
        <translation>无法写入演示户：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo household %1 could not be written: %2</source>
        <translation>无法写入演示户 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoLedgers</name>
    <message>
        <location filename="../models/demo/DemoLedgers.cpp" line="+28"/>
        <source>The demo ledgers could not be written (%1): %2</source>
        <translation>演示台账写入失败（%1）：%2</translation>
    </message>
</context>
<context>
    <name>DisabilityCells</name>
    <message>
        <location filename="../models/exchange/roster/DisabilityCells.cpp" line="+58"/>
        <source>names another kind of disability than column %1 (%2); %2 is used</source>
        <translation>与「%1」列的残疾类别（%2）不一致；以%2为准</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>names another disability grade than column %1 (%2); %2 is used</source>
        <translation>与「%1」列的残疾等级（%2）不一致；以%2为准</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the certificate number was stored as a number and its digits are lost; it is not imported (format the column as text and export again)</source>
        <translation>残疾人证号被存成了数值，部分数字已丢失，未导入（请将该列设为文本格式后重新导出）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1; the number is kept, its kind and grade are not used</source>
        <translation>%1；保留该证号，但不采用其中的残疾类别和等级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first 18 characters are not this member&apos;s ID number; the number is kept, its kind and grade are not used</source>
        <translation>前 18 位不是该成员的身份证号码；保留该证号，但不采用其中的残疾类别和等级</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the program does not know this disability; the certificate number&apos;s %1 is used</source>
        <translation>无法识别该残疾情况；采用残疾人证号中的%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the certificate number says %1, column %2 says %3; %3 is used</source>
        <translation>残疾人证号表明为%1，「%2」列为%3；以%3为准</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the program does not know this disability: imported as %1, the words kept; map the words to a kind of disability in the import wizard or a profile</source>
        <translation>无法识别该残疾情况：已按「%1」导入并保留原文；请在导入向导或导入方案中为该写法指定残疾类别</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the program does not understand this; %1 of column %2 is used</source>
        <translation>无法识别此内容；采用「%2」列的%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a disability grade is given but not the kind of disability: imported as %1</source>
        <translation>填写了残疾等级但未填写残疾类别：按「%1」导入</translation>
    </message>
</context>
<context>
    <name>DisabilityText</name>
    <message>
        <location filename="../models/roster/DisabilityText.cpp" line="+236"/>
        <source>is not a second-generation disability certificate number (the 18-character ID number, the kind digit and the grade digit)</source>
        <translation>不是第二代残疾人证号（18 位身份证号码加残疾类别代码和残疾等级代码）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the kind digit %1 of the certificate number is not 1 to 7</source>
        <translation>残疾人证号中的残疾类别代码 %1 不在 1 至 7 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the grade digit %1 of the certificate number is not 1 to 4</source>
        <translation>残疾人证号中的残疾等级代码 %1 不在 1 至 4 之间</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../models/core/Domain.cpp" line="+10"/>
        <source>Applying</source>
        <translation>申请中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>在保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>停保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited</source>
        <translation>退保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class A</source>
        <translation>A类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class B</source>
        <translation>B类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class C</source>
        <translation>C类</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son</source>
        <translation>子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daughter</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandson</source>
        <translation>孙子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granddaughter</source>
        <translation>孙女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son-in-law</source>
        <translation>女婿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daughter-in-law</source>
        <translation>儿媳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandfather</source>
        <translation>祖父</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandmother</source>
        <translation>祖母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent-in-law</source>
        <translation>配偶的父母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling-in-law</source>
        <translation>兄弟姐妹的配偶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not related</source>
        <translation>非亲属</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Visual</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing</source>
        <translation>听力残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech</source>
        <translation>言语残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intellectual</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple</source>
        <translation>多重残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other disability</source>
        <translation>其他残疾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 4</source>
        <translation>四级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frail</source>
        <translation>体弱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic illness</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Able to work</source>
        <translation>有劳动能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly unable to work</source>
        <translation>部分丧失劳动能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to work</source>
        <translation>无劳动能力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eligibility criteria</source>
        <translation>认定条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information cross-checks</source>
        <translation>信息核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home visits</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and approval</source>
        <translation>审核审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure and supervision</source>
        <translation>公开监督</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating problems</source>
        <translation>查处问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardised management</source>
        <translation>规范管理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corruption</source>
        <translation>低保违法腐败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrongful inclusion</source>
        <translation>低保违规错保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrongful exclusion</source>
        <translation>兜底保障漏保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusion as a group</source>
        <translation>整体纳入低保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad work style</source>
        <translation>不良工作作风</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compliant</source>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem found</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>未整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed off</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit-fund disclosure site</source>
        <translation>惠民资金网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred from above</source>
        <translation>上级转办</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Substantiated</source>
        <translation>属实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly substantiated</source>
        <translation>部分属实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubstantiated</source>
        <translation>不属实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence found</source>
        <translation>查无实据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Party disciplinary action</source>
        <translation>党纪处分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative sanction</source>
        <translation>政务处分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational measures</source>
        <translation>组织处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to judicial authorities</source>
        <translation>移送司法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found by the office</source>
        <translation>自行发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-inspection</source>
        <translation>自查自纠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint or tip</source>
        <translation>举报线索</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <location filename="../models/backup/DurableFile.cpp" line="+41"/>
        <source>Cannot open %1 to write it to the disk (%2).</source>
        <translation>无法打开 %1 以写入磁盘（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>%1 could not be written to the disk (%2).</source>
        <translation>%1 未能写入磁盘（%2）。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Cannot open the folder %1 (%2).</source>
        <translation>无法打开文件夹 %1（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 could not be written to the disk (%2).</source>
        <translation>文件夹 %1 未能写入磁盘（%2）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Cannot read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot create %1 (%2).</source>
        <translation>无法创建 %1（%2）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Cannot write %1 (%2). Is the disk full?</source>
        <translation>无法写入 %1（%2）。磁盘是否已满？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot rename %1 to %2 (%3).</source>
        <translation>无法将 %1 重命名为 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>EvidenceRepository</name>
    <message>
        <location filename="../models/ledgers/EvidenceRepository.cpp" line="+110"/>
        <source>the self-inspection answer no longer exists</source>
        <translation>该项自查结果已不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the self-inspection &quot;%1&quot; was closed on %2 and is read-only</source>
        <translation>自查自纠“%1”已于%2办结，只能查看</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rectification item %1 no longer exists</source>
        <translation>整改事项%1已不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rectification item %1 was signed off on %2 and is read-only</source>
        <translation>整改事项%1已于%2销号，只能查看</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>complaint %1 no longer exists</source>
        <translation>举报线索%1已不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complaint %1 was closed on %2 and is read-only</source>
        <translation>举报线索%1已于%2办结，只能查看</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file %1 does not exist; nothing was added.</source>
        <translation>文件%1不存在，未添加佐证材料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is empty; nothing was added.</source>
        <translation>文件%1为空文件，未添加佐证材料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 is %2 MB; an evidence file can be at most %3 MB. Save the photo or scan at a lower resolution and add it again.</source>
        <translation>文件%1大小为%2 MB，每份佐证材料不得超过%3 MB。请降低照片或扫描件的分辨率后重新添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 was not added: %2.</source>
        <translation>文件%1未添加：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 cannot be read (%2); nothing was added.</source>
        <translation>无法读取文件%1（%2），未添加佐证材料。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 cannot be read completely (it may be changing); nothing was added.</source>
        <translation>无法完整读取文件%1（文件可能正在变化），未添加佐证材料。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+28"/>
        <location line="+12"/>
        <source>The evidence file no longer exists.</source>
        <translation>该佐证材料已不存在。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The file %1 was not removed: %2.</source>
        <translation>文件%1未删除：%2。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The stored file %1 is damaged (its SHA-256 no longer matches the one recorded when it was added); no copy was written. Restore the database from a backup.</source>
        <translation>已存储的文件%1已损坏（其SHA-256校验值与添加时记录的不一致），未导出副本。请从备份恢复数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Cannot write %1 (%2).</source>
        <translation>无法写入%1（%2）。</translation>
    </message>
</context>
<context>
    <name>EvidenceWidget</name>
    <message>
        <location filename="../views/ledgers/EvidenceWidget.cpp" line="+47"/>
        <source>&amp;Add file...</source>
        <translation>添加文件(&amp;A)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve...</source>
        <translation>删除(&amp;V)...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 (fingerprint)</source>
        <translation>SHA-256（文件指纹）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No temporary folder could be made to open the file in. Check the free space on the disk, then try again.</source>
        <translation>无法创建用于打开文件的临时文件夹。请检查磁盘剩余空间后重试。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No program is set up to open %1. The copy is in %2.</source>
        <translation>没有可以打开 %1 的程序。副本保存在 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove evidence</source>
        <translation>删除佐证材料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the evidence file %1?</source>
        <translation>删除佐证材料 %1 吗？</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.pdf *.doc *.docx *.xls *.xlsx *.wps *.et *.ofd *.txt);;All files (*)</source>
        <translation>照片和文档 (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.pdf *.doc *.docx *.xls *.xlsx *.wps *.et *.ofd *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save the record first, then add its evidence.</source>
        <translation>请先保存本条记录，再添加佐证材料。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+23"/>
        <source>export needs what to export: export roster --out FILE.xlsx|FILE.csv.</source>
        <translation>export 需要指明导出内容：export roster --out FILE.xlsx|FILE.csv。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export roster needs --out FILE.xlsx or --out FILE.csv.</source>
        <translation>export roster 需要 --out FILE.xlsx 或 --out FILE.csv。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--village: there is no village %1 (villages: %2).</source>
        <translation>--village：没有村（居）「%1」。现有村（居）：%2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--status: unknown status %1; use one of %2.</source>
        <translation>--status：无法识别的状态“%1”；应为以下之一：%2。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exported %1 households (%2 members, %3 persons, monthly total %4 yuan) to %5.</source>
        <translation>已将 %1 户（登记成员 %2 人，家庭人口 %3 人，月保障金合计 %4 元）导出到 %5。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export: unknown table &quot;%1&quot;; use roster, %2.</source>
        <translation>export：没有“%1”这张表；可用 roster、%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export %1 needs --out FILE.xlsx.</source>
        <translation>export %1 需要 --out 文件.xlsx。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--inspection takes the number of a self-inspection run, for export checklist only.</source>
        <translation>--inspection 应为自查的编号，仅用于 export checklist。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+34"/>
        <source>Usage: dibao-workbench [--db PATH] [--lang zh_CN|en] [--operator NAME]
                       [--screenshot FILE.png [--page PAGE]]
PAGE: overview, roster, inspection, rectifications, complaints, cases, reports</source>
        <translation>用法：dibao-workbench [--db PATH] [--lang zh_CN|en] [--operator NAME]
                      [--screenshot FILE.png [--page PAGE]]
PAGE（页面）：overview 工作台、roster 花名册、inspection 自查自纠、rectifications 整改台账、complaints 举报线索、cases 典型案例、reports 统计报表</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No display is available. To render the window without one, run with --screenshot FILE.png (or set QT_QPA_PLATFORM=offscreen).</source>
        <translation>没有可用的显示器。如需在无显示器时渲染窗口，请使用 --screenshot 文件.png 运行（或设置 QT_QPA_PLATFORM=offscreen）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The screenshot could not be written to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screenshot written to %1</source>
        <translation>截图已写入 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--screenshot needs the name of the PNG file to write.</source>
        <translation>--screenshot 需要指定要写入的 PNG 文件名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>没有语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no page &quot;%1&quot;; use one of %2.</source>
        <translation>没有页面“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>无法打开数据库 %1。

%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+18"/>
        <source>Dibao Workbench</source>
        <translation>低保专项治理工作台</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No operator was entered, so the program closes: every change is recorded with who made it. It asks again at the next start.</source>
        <translation>未填写操作员，程序将关闭：每一项修改都要记录是谁做的。下次启动时会再次询问。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The township was not set up, so the program closes; nothing was saved. It asks again at the next start.</source>
        <translation>本乡镇尚未设置，程序将关闭，没有保存任何内容。下次启动时会再次询问。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../views/roster/HistoryDialog.cpp" line="+43"/>
        <source>History of the household of %1</source>
        <translation>%1户的变更记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly benefit</source>
        <translation>月保障金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered persons</source>
        <translation>保障人口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All changes</source>
        <translation>全部变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status history</source>
        <translation>状态变更记录</translation>
    </message>
</context>
<context>
    <name>HouseholdCompleter</name>
    <message>
        <location filename="../views/roster/HouseholdCompleter.cpp" line="+53"/>
        <source>%1, %2, %3</source>
        <extracomment>a household offered as the subject: head, village, masked ID number</extracomment>
        <translation>%1，%2，%3</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../views/roster/HouseholdDialog.cpp" line="+74"/>
        <source>(choose a village)</source>
        <translation>请选择村（居）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not reviewed</source>
        <translation>未复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the last periodic review (复核) of this household</source>
        <translation>本户最近一次复核的日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>as entered below</source>
        <translation>以下方成员为准</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as marked below</source>
        <translation>以下方标记为准</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered poor household</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the household changes (kept in its history)</source>
        <translation>本次修改的原因（记入变更记录）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date members joined or left (births, moves)</source>
        <translation>成员增加或离户的日期（出生、迁入迁出等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;just...</source>
        <translation>调整(&amp;J)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the monthly benefit, household size or covered persons from a date, with the reason</source>
        <translation>自某一日期起调整月保障金、家庭人口或保障人口，并注明原因</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove member</source>
        <translation>移出成员(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Village:</source>
        <translation>村（居）(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation>保障类别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>保障状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit &amp;from (month):</source>
        <translation>开始保障年月(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Monthly benefit:</source>
        <translation>月保障金(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Household si&amp;ze:</source>
        <translation>家庭人口(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;overed persons:</source>
        <translation>保障人口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ddress:</source>
        <translation>家庭住址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank account:</source>
        <translation>银行账号(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last revie&amp;w:</source>
        <translation>最近复核(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason for the &amp;change:</source>
        <translation>修改原因(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members joined or left &amp;on:</source>
        <translation>成员增减日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New household</source>
        <translation>新增户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household of %1</source>
        <translation>%1户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the status with the Change status button of the roster</source>
        <translation>请使用花名册页面的「变更状态」按钮修改保障状态</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>The villages could not be read: %1</source>
        <translation>无法读取村（居）列表：%1</translation>
    </message>
    <message>
        <location line="+372"/>
        <source>New members</source>
        <translation>新增成员</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The household counts %1 persons, %2 of them without a member record. Are the %n member(s) you added among those %1 (the household size stays), or new to the household (it grows by %n)?

Yes: already counted. No: new to the household.</source>
        <translation>
            <numerusform>本户家庭人口为 %1 人，其中 %2 人没有成员记录。您添加的 %n 名成员是已包含在这 %1 人之中（家庭人口不变），还是新进入本户的人员（家庭人口增加 %n 人）？

“是”：已计入家庭人口。“否”：新增人口。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>household size %1 → %2</source>
        <translation>家庭人口 %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>covered persons %1 → %2</source>
        <translation>保障人口 %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for the change: say why the household&apos;s figures change (%1).</source>
        <translation>修改原因：请说明本户数据变更的原因（%1）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save the household</source>
        <translation>保存本户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This changes the household&apos;s figures from %1: %2.

Reason: %3

Save?</source>
        <translation>本户数据将自 %1 起变更：%2。

原因：%3

确定保存吗？</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Discard the changes to this household?</source>
        <translation>确定放弃对本户所做的修改吗？</translation>
    </message>
</context>
<context>
    <name>HouseholdListDialog</name>
    <message>
        <location filename="../views/roster/HouseholdListDialog.cpp" line="+28"/>
        <location line="+16"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What was found</source>
        <translation>发现的问题</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n household(s). Double-click one to open it.</source>
        <extracomment>The list of households a data check found</extracomment>
        <translation>
            <numerusform>共 %n 户。双击可打开该户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose households</source>
        <translation>选择家庭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>保障状态</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Search: name or beginning of the ID number</source>
        <translation>搜索：姓名或身份证号码开头</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The first %1 households are shown: search to find others.</source>
        <translation>仅显示前 %1 户；查找其他家庭请搜索。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No household matches the search.</source>
        <translation>没有符合搜索条件的家庭。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n household(s). Select one or more (Ctrl or Shift for several).</source>
        <translation>
            <numerusform>共 %n 户。可选择一户或多户（按住 Ctrl 或 Shift 多选）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdCheckCommand</name>
    <message>
        <location filename="../app/cli/IdCheckCommand.cpp" line="+18"/>
        <source>id-check needs at least one ID number.</source>
        <translation>id-check 至少需要一个身份证号码。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  valid    born %2, %3, region %4</source>
        <translation>%1  有效     出生日期 %2，%3，地区代码 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (upgraded from the 15-digit number %1)</source>
        <translation>（由 15 位号码 %1 升位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (given as &quot;%1&quot;)</source>
        <translation>（输入为“%1”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  invalid  %2</source>
        <translation>%1  无效     %2</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <location filename="../models/core/IdNumber.cpp" line="+171"/>
        <source>the ID number is empty</source>
        <translation>身份证号码为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ID number was stored as a number by a spreadsheet and its digits are lost; format the column as text and export again</source>
        <translation>身份证号码被电子表格存成了数值，部分数字已丢失；请将该列设为文本格式后重新导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ID number contains the character &quot;%1&quot;; only digits and a final X are allowed</source>
        <translation>身份证号码中含有字符“%1”；只能填写数字，最后一位可以是 X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ID number has %1 characters; it must have 18 (or 15 for an old number)</source>
        <translation>身份证号码为 %1 位；应为 18 位（老号码为 15 位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ID number begins with %1, which is not a region code</source>
        <translation>身份证号码的前 6 位 %1 不是有效的行政区划代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the birth date %1 in the ID number does not exist</source>
        <translation>身份证号码中的出生日期 %1 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the birth date %1 in the ID number is in the future</source>
        <translation>身份证号码中的出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ID number&apos;s check digit is wrong (it should be %1); a digit was probably mistyped</source>
        <translation>身份证号码的校验码不正确（应为 %1），可能有数字录错</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+18"/>
        <source>import needs what to import: import roster FILE.</source>
        <translation>import 需要指明导入内容：import roster FILE。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--as-of needs the month the roster describes, as YYYY-MM (not &quot;%1&quot;).</source>
        <translation>--as-of 需要花名册所属月份，格式为 YYYY-MM（“%1”不符合）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import roster needs exactly one file.</source>
        <translation>import roster 需要且只能指定一个文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: there is no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database has no township office yet; set it up with dibao-cli init.</source>
        <translation>数据库中尚未设置乡镇民政办；请先用 dibao-cli init 设置。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>dibao-cli: %1 was rejected: %n problem(s); nothing was written.</source>
        <translation>
            <numerusform>dibao-cli: %1 未能导入：发现 %n 个问题；未写入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checked %1 (sheet %2, header in row %3); nothing was written.</source>
        <translation>已检查 %1（工作表「%2」，表头在第 %3 行）；未写入任何数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 (sheet %2, header in row %3).</source>
        <translation>已导入 %1（工作表「%2」，表头在第 %3 行）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1 households, %2 member rows, %3 persons, monthly total %4 yuan</source>
        <translation>  共 %1 户，成员 %2 行，家庭人口 %3 人，月保障金合计 %4 元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  new %1, changed %2, unchanged %3</source>
        <translation>  新增 %1 户，有变更 %2 户，无变化 %3 户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  new villages: %1</source>
        <translation>  新增村（居）：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  row %1, %2:</source>
        <translation>  第 %1 行，%2：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  file SHA-256 %1</source>
        <translation>  文件 SHA-256 校验值 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>  %n warning(s) (they do not stop the import):</source>
        <translation>
            <numerusform>  提示 %n 条（不影响导入）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported as 其他, the words kept: %1</source>
        <translation>以下写法已按“其他”导入并保留原文：%1</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <location filename="../models/exchange/roster/ImportIssue.cpp" line="+7"/>
        <source>%1, sheet %2, row %3, column %4</source>
        <translation>%1 工作表「%2」第 %3 行「%4」列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, sheet %2, row %3</source>
        <translation>%1 工作表「%2」第 %3 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, sheet %2</source>
        <translation>%1 工作表「%2」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (value &quot;%2&quot;): %3</source>
        <translation>%1（值为“%2”）：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ImportMerge</name>
    <message>
        <location filename="../models/exchange/roster/ImportMerge.cpp" line="+70"/>
        <source>new member</source>
        <translation>新增成员</translation>
    </message>
</context>
<context>
    <name>ImportProfileRepository</name>
    <message>
        <location filename="../models/exchange/roster/ImportProfileRepository.cpp" line="+43"/>
        <source>Give the import profile a name.</source>
        <translation>请为导入方案命名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The column mapping is empty.</source>
        <translation>列对应关系为空。</translation>
    </message>
</context>
<context>
    <name>ImportValuesWidget</name>
    <message>
        <location filename="../views/roster/import/ImportValuesWidget.cpp" line="+34"/>
        <source>These words were imported as 其他 with the words kept. Choose what each one means and apply it to the preview; save it in a profile for the next file.</source>
        <translation>以下写法已按“其他”导入并保留原文。请为每个写法选择对应的含义并应用到预览；可保存到导入方案，供下一个文件使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word in the file</source>
        <translation>文件中的写法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>所在行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply to the preview</source>
        <translation>应用到预览</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profile name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save in profile</source>
        <translation>保存到导入方案</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile:</source>
        <translation>导入方案：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disability</source>
        <translation>残疾类别</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n 行：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../views/roster/import/ImportWizard.cpp" line="+74"/>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Reading… %n row(s)</source>
        <translation>
            <numerusform>正在读取… 已读 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+449"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-435"/>
        <location line="+435"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Choose a roster spreadsheet (.xlsx, .xls or .csv) as exported by the social assistance system or kept in Excel or WPS. Title rows and a 合计 row are skipped; nothing is written until you confirm the preview.</source>
        <translation>请选择花名册表格文件（.xlsx、.xls 或 .csv），可以是社会救助信息系统导出的，也可以是用 Excel 或 WPS 制作的。标题行和「合计」行会自动跳过；确认预览之前不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recognise the columns automatically</source>
        <translation>自动识别各列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add villages that are not yet in the township&apos;s list</source>
        <translation>自动添加本乡镇村（居）名单中还没有的村（居）</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+162"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. county system export</source>
        <translation>例如：县级系统导出表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mapping as profile</source>
        <translation>保存为导入方案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile name:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Household / field</source>
        <translation>户 / 项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>导入后</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The roster describes the month</source>
        <translation>花名册所属月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households whose start month (在保) or status date (停保, 退保) the file does not give are taken as having that status from the first day of this month.</source>
        <translation>文件中未填写开始保障年月（在保）或状态日期（停保、退保）的户，视为自该月1日起处于相应状态。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column &amp;mapping:</source>
        <translation>列对应方式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Choose a roster spreadsheet</source>
        <translation>选择花名册表格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading and checking the file…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The column mapping and the words&apos; readings were saved as profile &quot;%1&quot;.</source>
        <translation>列对应关系和各写法的含义已保存为导入方案「%1」。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1, sheet %2 (header in row %3): %4 households, %5 member rows, %6 persons, monthly total %7 yuan.</source>
        <translation>%1 工作表「%2」（表头在第 %3 行）：共 %4 户，成员 %5 行，家庭人口 %6 人，月保障金合计 %7 元。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n problem(s) found. Nothing will be written: correct the file and import it again.</source>
        <translation>
            <numerusform>发现 %n 个问题。不会写入任何数据：请修改文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New households: %1. Changed: %2. Unchanged: %3.</source>
        <translation>新增 %1 户，有变更 %2 户，无变化 %3 户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New villages: %1.</source>
        <translation>新增村（居）：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s): those rows are imported all the same, as listed below.</source>
        <translation>
            <numerusform>有 %n 条提示：相关行仍照常导入，详见下表。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new household</source>
        <translation>新增户</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The header is in row %1. Check how each column is imported and correct it where needed; the mapping can be saved for the next file from the same source.</source>
        <translation>表头在第 %1 行。请逐列核对导入方式，必要时更正；列对应关系可以保存为导入方案，供同一来源的下一个文件使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No header row was recognised.</source>
        <translation>未识别到表头行。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The mapping was saved as profile &quot;%1&quot;.</source>
        <translation>列对应关系已保存为导入方案「%1」。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported from %1: %2 new and %3 changed households. Every change is in the audit log with the file&apos;s name and SHA-256 (%4).</source>
        <translation>已从 %1 导入：新增 %2 户，变更 %3 户。每项变更均已记入操作日志，并注明文件名和 SHA-256 校验值（%4）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import did not complete and nothing was written: %1</source>
        <translation>导入未完成，未写入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../views/roster/import/ImportWorker.cpp" line="+48"/>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>ImportedHistory</name>
    <message>
        <location filename="../models/exchange/roster/ImportedHistory.cpp" line="+48"/>
        <source>the household is %1 on a date before the month its benefit started (%2)</source>
        <translation>该户的%1日期早于开始保障年月（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the benefit started after the month the roster describes (%1), yet the household is %2</source>
        <translation>开始保障年月晚于花名册所属月份（%1），但该户状态为「%2」</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="+28"/>
        <source>init takes no argument &quot;%1&quot;; give values with --name, --code and --village.</source>
        <translation>init 不接受参数“%1”；请用 --name、--code 和 --village 给出取值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--code %1: %2.</source>
        <translation>--code %1：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--village: a village name is empty.</source>
        <translation>--village：村（居）名称为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>init needs --name and --code to set up a new database.</source>
        <translation>设置新数据库时，init 需要 --name 和 --code。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>init needs --name and --code: the database has no township office yet.</source>
        <translation>init 需要 --name 和 --code：数据库中尚未设置乡镇民政办。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>--village: %1</source>
        <translation>--village：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Set up %1 (%2) in %3.</source>
        <translation>已在 %3 中设置 %1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated %1 (%2).</source>
        <translation>已更新 %1（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) is unchanged.</source>
        <translation>%1（%2）未作改动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Villages added: %1</source>
        <translation>新增村（居）：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Villages already there: %1</source>
        <translation>已有村（居）：%1</translation>
    </message>
</context>
<context>
    <name>InspectionAnswerModel</name>
    <message>
        <location filename="../models/ledgers/inspection/InspectionAnswerModel.cpp" line="+142"/>
        <source>Not answered</source>
        <extracomment>An item of the self-inspection checklist that has no answer yet</extracomment>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (could not be run)</source>
        <extracomment>A data check whose query failed, e.g. &quot;身份证号码无效（未能核查）&quot;</extracomment>
        <translation>%1（未能核查）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <extracomment>Data check title and the number of households it finds, e.g. &quot;身份证号码无效 (3)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1
Guards against: %2</source>
        <translation>%1
防范：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n household(s) found by the data check &quot;%1&quot;</source>
        <translation>
            <numerusform>数据核查“%1”发现 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Code</source>
        <extracomment>Column: the checklist item&apos;s code (编号)</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link</source>
        <extracomment>Column: one of the seven links of dibao work (环节)</extracomment>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem found</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households</source>
        <translation>涉及户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data check</source>
        <translation>数据核查</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../views/ledgers/inspection/InspectionDialog.cpp" line="+36"/>
        <source>Who took part, separated by commas</source>
        <translation>参加人员，用逗号分隔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New self-inspection</source>
        <translation>新建自查自纠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-inspection %1</source>
        <extracomment>Default name of a self-inspection run: %1 is the year (2026年自查自纠)</extracomment>
        <translation>%1年自查自纠</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit self-inspection: %1</source>
        <translation>修改自查自纠：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A run keeps the checklist version it was started with.</source>
        <translation>一次自查始终使用开始时的清单版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month covered:</source>
        <translation>所属月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>自查日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>参加人员(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Checklist:</source>
        <translation>自查清单(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <location filename="../views/ledgers/inspection/InspectionPage.cpp" line="+45"/>
        <source>&amp;New self-inspection...</source>
        <translation>新建自查(&amp;N)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>修改(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose the run...</source>
        <translation>结束自查(&amp;L)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+228"/>
        <source>&amp;Answer...</source>
        <translation>作答(&amp;A)...</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>All links</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the items: code, wording, problem found, responsible</source>
        <translation>搜索检查项：编号、内容、问题描述、责任人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter: answer the selected item · 1: compliant · 2: problem found · 3: not applicable</source>
        <translation>回车：对选中项作答 · 1：符合 · 2：存在问题 · 3：不适用</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Self-inspection:</source>
        <translation>自查自纠：</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 (%2, closed)</source>
        <extracomment>A closed self-inspection run in the selector: name (month, closed)</extracomment>
        <translation>%1（%2，已结束）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Closed on %1 by %2: this self-inspection is read-only. Its answers can be read and exported.</source>
        <translation>%2 已于 %1 结束本次自查：只能查看，不能修改；检查结果可以查看和导出。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The self-inspection could not be read.</source>
        <translation>无法读取自查自纠记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No self-inspection yet. Start one with &quot;New self-inspection&quot;.</source>
        <translation>尚无自查自纠。请点击“新建自查”开始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered %1/%2 · compliant %3 · problems %4 · not applicable %5</source>
        <extracomment>已作答 2/47 · 符合 1 · 存在问题 1 · 不适用 0</extracomment>
        <translation>已作答 %1/%2 · 符合 %3 · 存在问题 %4 · 不适用 %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems by link: %1</source>
        <translation>各环节问题：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View...</source>
        <translation>查看(&amp;V)...</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Change the answer</source>
        <translation>修改检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 has a problem recorded. Change its result to &quot;%2&quot;?</source>
        <translation>检查项 %1 已记录存在问题。确定改为“%2”吗？</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Close the self-inspection &quot;%1&quot;? Its answers and evidence can then no longer be changed.</source>
        <translation>结束自查“%1”吗？结束后检查结果和佐证材料不能再修改。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) are not answered yet.</source>
        <translation>
            <numerusform>还有 %n 项未作答。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the self-inspection</source>
        <translation>结束自查</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The self-inspection &quot;%1&quot; is closed.</source>
        <translation>自查“%1”已结束。</translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <location filename="../models/reports/compute/InspectionReport.cpp" line="+12"/>
        <source>There is no self-inspection run %1.</source>
        <translation>没有编号为 %1 的自查。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no self-inspection run for %1.</source>
        <translation>%1 没有开展自查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no self-inspection run yet.</source>
        <translation>尚未开展自查。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The checklist of the run &quot;%1&quot; is missing.</source>
        <translation>自查“%1”所用的清单缺失。</translation>
    </message>
</context>
<context>
    <name>InspectionRepository</name>
    <message>
        <location filename="../models/ledgers/inspection/InspectionRepository.cpp" line="+44"/>
        <source>Enter a name for the self-inspection, e.g. &quot;2026年自查自纠&quot;.</source>
        <translation>请填写自查自纠名称，如“2026年自查自纠”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the month the self-inspection covers.</source>
        <translation>请选择自查自纠所属月份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the date of the self-inspection.</source>
        <translation>请填写自查日期。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no self-inspection checklist in this database; add a checklist first.</source>
        <translation>本数据库中没有自查清单，请先添加自查清单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen checklist no longer exists.</source>
        <translation>所选自查清单已不存在。</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>The self-inspection no longer exists.</source>
        <translation>该次自查自纠已不存在。</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>The self-inspection &quot;%1&quot; was closed on %2 and is read-only; nothing was changed.</source>
        <translation>自查自纠“%1”已于%2办结，只能查看，未作任何修改。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The self-inspection &quot;%1&quot; already has answers; its checklist can no longer be changed.</source>
        <translation>自查自纠“%1”已有检查结果，不能再更换自查清单。</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>The answer no longer exists.</source>
        <translation>该项检查结果已不存在。</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>The item is not part of this self-inspection&apos;s checklist.</source>
        <translation>该项不属于本次自查自纠所用的自查清单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1: describe the problem found (what, where, which households).</source>
        <translation>第%1项：请填写发现的问题（问题内容、所在村、涉及哪些家庭）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Item %1: household %2 is not on the roster.</source>
        <translation>第%1项：户%2不在低保名册中。</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Self-inspection answer %1 (no longer on file)</source>
        <translation>自查结果%1（已不存在）</translation>
    </message>
</context>
<context>
    <name>LedgerDefaults</name>
    <message>
        <location filename="../models/ledgers/LedgerDefaults.cpp" line="+32"/>
        <source>The checklist has no code.</source>
        <translation>自查清单缺少编码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checklist has no name.</source>
        <translation>自查清单缺少名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checklist has no items.</source>
        <translation>自查清单没有检查项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checklist item %1 (%2)</source>
        <translation>检查项 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the code is missing or used twice.</source>
        <translation>%1：编号缺失或重复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the wording is missing.</source>
        <translation>%1：缺少检查内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not one of the seven links.</source>
        <translation>%1：“%2”不是七个环节之一。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not one of the five problem types.</source>
        <translation>%1：“%2”不是五类问题之一。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The program&apos;s checklist or calendar resource is missing or damaged.</source>
        <translation>程序自带的自查清单或报送日历资源缺失或已损坏。</translation>
    </message>
</context>
<context>
    <name>LedgerExporter</name>
    <message>
        <location filename="../models/ledgers/LedgerExporter.cpp" line="+67"/>
        <source>%1: write the ledger as .xlsx or .csv.</source>
        <translation>%1：台账只能导出为 .xlsx 或 .csv。</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../views/ledgers/LedgerPage.cpp" line="+33"/>
        <source>&amp;New...</source>
        <translation>新增(&amp;N)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The ledger could not be read.</source>
        <translation>台账无法读取。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/shell/MainWindow.cpp" line="+48"/>
        <source>Dibao Workbench</source>
        <translation>低保专项治理工作台</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Overview</source>
        <extracomment>Navigation page 工作台</extracomment>
        <translation>工作台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roster</source>
        <extracomment>Navigation page 花名册</extracomment>
        <translation>花名册</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Self-inspection</source>
        <extracomment>Navigation page 自查自纠</extracomment>
        <translation>自查自纠</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectifications</source>
        <extracomment>Navigation page 整改台账</extracomment>
        <translation>整改台账</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints</source>
        <extracomment>Navigation page 举报线索</extracomment>
        <translation>举报线索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical cases</source>
        <extracomment>Navigation page 典型案例</extracomment>
        <translation>典型案例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports</source>
        <extracomment>Navigation page 统计报表</extracomment>
        <translation>统计报表</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This page has no search.</source>
        <translation>本页没有搜索框。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;operator...</source>
        <translation>更换操作员(&amp;O)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Office settings...</source>
        <translation>单位设置(&amp;O)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Dibao Workbench</source>
        <translation>关于低保专项治理工作台(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to %1</source>
        <translation>转到“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search on this page</source>
        <translation>在本页搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down	From the search into the list</source>
        <translation>下箭头	从搜索框进入列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter	Open the selected record</source>
        <translation>回车	打开选中的记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record on this page (also %1)</source>
        <translation>在本页新建记录（也可用 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete or withdraw the selected record, where the page allows it</source>
        <translation>删除或撤回选中的记录（本页允许时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+letter	The field or button whose label has that letter underlined</source>
        <translation>Alt+字母	转到标签中带该下划线字母的输入框或按钮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc	Close a dialog (it asks before discarding changes)</source>
        <translation>Esc	关闭对话框（有未保存的修改时先询问）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Dibao Workbench</source>
        <translation>关于低保专项治理工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibao Workbench %1
The township&apos;s dibao roster, self-inspection, ledgers and statistical tables.

Database: %2
Data folder: %3
Qt %4</source>
        <translation>低保专项治理工作台 %1
乡镇农村低保花名册、自查自纠、工作台账与统计报表。

数据库：%2
数据文件夹：%3
Qt %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>self-inspection.xlsx</source>
        <translation>自查自纠情况表.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rectifications.xlsx</source>
        <translation>整改台账.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complaints.xlsx</source>
        <translation>群众举报问题线索台账.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typical-cases.xlsx</source>
        <translation>典型案例报送表.xlsx</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已写入 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No operator</source>
        <translation>未设置操作员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
</context>
<context>
    <name>MemberActionDialog</name>
    <message>
        <location filename="../views/roster/MemberActionDialog.cpp" line="+43"/>
        <source>Member:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Record the death of %1</source>
        <translation>死亡登记：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;death:</source>
        <translation>死亡日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2, %3 years)</source>
        <translation>%1（%2，%3 岁）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;head:</source>
        <translation>新户主(&amp;H)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last member: the household will exit dibao.</source>
        <translation>这是本户最后一名成员：该户将退出低保。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly &amp;amount from then:</source>
        <translation>此后月保障金(&amp;A)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 from the household</source>
        <translation>将%1移出本户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left &amp;on:</source>
        <translation>离户日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move %1 to another household</source>
        <translation>将%1迁入其他户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or ID number of the head</source>
        <translation>户主姓名或身份证号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find household:</source>
        <translation>查找户(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;to:</source>
        <translation>迁入(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved &amp;on:</source>
        <translation>迁移日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>household size %1 → %2</source>
        <translation>家庭人口 %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>covered persons %1 → %2</source>
        <translation>保障人口 %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly amount %1 → %2 yuan</source>
        <translation>月保障金 %1 → %2 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The household of %1: %2.</source>
        <translation>%1户：%2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 years old: a minor is head only when no adult lives in the household.</source>
        <translation>%1 现年 %2 岁：只有户内没有成年人时，未成年人才能作户主。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Household: find the household the member moves to.</source>
        <translation>迁入户：请查找该成员要迁入的户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: say why the member leaves.</source>
        <translation>原因：请说明该成员离户的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly amount: it cannot be negative.</source>
        <translation>月保障金：不能为负数。</translation>
    </message>
</context>
<context>
    <name>MemberChanges</name>
    <message>
        <location filename="../models/roster/MemberChanges.cpp" line="+29"/>
        <source>The date the member joined is in the future.</source>
        <translation>成员加入日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every one of the %1 persons of the household has a member record already: the new member adds one to the household size.</source>
        <translation>本户 %1 人均已有成员记录：新成员将使家庭人口增加 1 人。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has already left the household.</source>
        <translation>%1已离户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the head of household: make another member the head first.</source>
        <translation>%1是户主：请先将其他成员设为户主。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date is missing or in the future.</source>
        <translation>日期未填写或晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason the member leaves.</source>
        <translation>请填写成员离户的原因。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is already a member of that household.</source>
        <translation>%1已是该户成员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The household to move to does not exist.</source>
        <translation>要迁入的户不存在。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is no longer a member of the household.</source>
        <translation>%1已不是本户成员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of death is missing or in the future.</source>
        <translation>死亡日期未填写或晚于今天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The monthly amount cannot be negative.</source>
        <translation>月保障金不能为负数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was the head of household: first add the member who becomes head, then record the death.</source>
        <translation>%1是户主：请先添加将成为户主的成员，再登记死亡。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was the head of household: choose the member who becomes head.</source>
        <translation>%1是户主：请选择新户主。</translation>
    </message>
</context>
<context>
    <name>MemberDelegate</name>
    <message>
        <location filename="../views/roster/MemberDelegate.cpp" line="+30"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../models/roster/MemberModel.cpp" line="+39"/>
        <location line="+190"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deceased %1</source>
        <translation>已故 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left %1 (%2)</source>
        <translation>已离户 %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>在户</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covered</source>
        <translation>保障对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labour ability</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>在户状态</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../views/shell/MessageBar.cpp" line="+25"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <location filename="../views/shell/MessageBoxes.cpp" line="+74"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This change reaches into months already past.

%1

Record it as a correction? The audit log will show it as one.</source>
        <translation>本次修改涉及已经过去的月份。

%1

是否作为更正记录？操作日志中将标明为更正。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct past months</source>
        <translation>更正以往月份</translation>
    </message>
</context>
<context>
    <name>MoneySpinBox</name>
    <message>
        <location filename="../views/shell/MoneySpinBox.cpp" line="+8"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
</context>
<context>
    <name>OfficeCommand</name>
    <message>
        <location filename="../app/cli/OfficeCommand.cpp" line="+89"/>
        <source>No township office is set up in this database yet: use &quot;dibao-cli init&quot; or &quot;dibao-cli office set --name NAME --code CODE&quot;.</source>
        <translation>数据库中尚未设置乡镇民政办：请使用“dibao-cli init”或“dibao-cli office set --name NAME --code CODE”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>County</source>
        <translation>县（市、区）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint hotline</source>
        <translation>举报电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disclosure web address</source>
        <translation>信息公开网址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit head</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preparer</source>
        <translation>填表人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard in %1</source>
        <translation>%1 低保标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 yuan per person per month (from %2)</source>
        <translation>%1 元/人·月（自 %2 起执行）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>office needs a subcommand: office show, or office set.</source>
        <translation>office 需要子命令：office show 或 office set。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown office subcommand &quot;%1&quot;; use office show or office set.</source>
        <translation>未知的 office 子命令“%1”；请使用 office show 或 office set。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>office set takes no argument &quot;%1&quot;; give values with options such as --hotline.</source>
        <translation>office set 不接受参数“%1”；请用 --hotline 等选项给出取值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office set needs at least one of --name, --code, --county, --address, --hotline, --disclosure-url, --head, --reviewer, --preparer, --phone.</source>
        <translation>office set 至少需要以下选项之一：--name、--code、--county、--address、--hotline、--disclosure-url、--head、--reviewer、--preparer、--phone。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database has no township office yet: office set needs --name and --code as well.</source>
        <translation>数据库中尚未设置乡镇民政办：office set 还需要 --name 和 --code。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 “%2”：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dibao-cli: %1</source>
        <translation>dibao-cli: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The office settings of %1 are unchanged.</source>
        <translation>%1的单位设置未作改动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the office settings of %1 (%2): %3.</source>
        <translation>已保存%1（%2）的单位设置：%3。</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../views/settings/OfficeForm.cpp" line="+18"/>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division &amp;code:</source>
        <translation>区划代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ounty:</source>
        <translation>县（市、区）(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addres&amp;s:</source>
        <translation>通讯地址(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>12 digits, e.g. 350121100000</source>
        <translation>12 位，例如 350121100000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Shangjie Town</source>
        <translation>例如：上街镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s postal address</source>
        <translation>本单位的通讯地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint &amp;hotline:</source>
        <translation>举报电话(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disclosure web address:</source>
        <translation>信息公开网址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit head:</source>
        <translation>单位负责人(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviewer:</source>
        <translation>审核人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preparer:</source>
        <translation>填表人(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact phone:</source>
        <translation>联系电话(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public&apos;s number for complaints and tips, e.g. 0591-22861200</source>
        <translation>群众投诉举报电话，例如 0591-22861200</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the office discloses dibao, e.g. https://www.example.gov.cn/xxgk</source>
        <translation>本单位公开低保信息的网址，例如 https://www.example.gov.cn/xxgk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs the tables (单位负责人)</source>
        <translation>在报表上签字的单位负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the tables (审核人)</source>
        <translation>审核报表的人员（审核人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills in the tables (填表人)</source>
        <translation>填写报表的人员（填表人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed under every table, e.g. 0591-22861234</source>
        <translation>打印在每张报表下方，例如 0591-22861234</translation>
    </message>
</context>
<context>
    <name>OfficeRepository</name>
    <message>
        <location filename="../models/office/OfficeRepository.cpp" line="+65"/>
        <source>the division code must have 12 digits (it has %1)</source>
        <translation>区划代码应为 12 位（现为 %1 位）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the division code may contain digits only</source>
        <translation>区划代码只能由数字组成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 7th digit of a township&apos;s division code is 0 (street), 1 (town) or 2–3 (township)</source>
        <translation>乡镇区划代码的第 7 位应为 0（街道）、1（镇）或 2–3（乡）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a web address has no spaces</source>
        <translation>网址中不能有空格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a web address that starts with http:// or https://, or the site&apos;s name such as www.example.gov.cn (not %1://)</source>
        <translation>请填写以 http:// 或 https:// 开头的网址，或 www.example.gov.cn 这样的网站域名（不能以 %1:// 开头）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a web address; write it as https://www.example.gov.cn/xxgk or www.example.gov.cn</source>
        <translation>“%1”不是网址；请写成 https://www.example.gov.cn/xxgk 或 www.example.gov.cn 的形式</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a telephone number; write its digits, e.g. 0591-22861234 or 12345</source>
        <translation>“%1”不是电话号码；请填写号码数字，例如 0591-22861234 或 12345</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a telephone number of at most 40 characters fits on the forms</source>
        <translation>电话号码不能超过 40 个字符，否则表格中放不下</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Township: enter the township&apos;s name.</source>
        <translation>乡镇：请输入乡镇名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Division code: %1.</source>
        <translation>区划代码：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclosure web address: %1.</source>
        <translation>信息公开网址：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint hotline: %1.</source>
        <translation>举报电话：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact phone: %1.</source>
        <translation>联系电话：%1。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The village no longer exists.</source>
        <translation>该村（居）已不存在。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter the village&apos;s name.</source>
        <translation>请输入村（居）名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The village code of %1 must have 12 digits.</source>
        <translation>村（居）「%1」的区划代码应为 12 位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The village %1 already exists.</source>
        <translation>村（居）「%1」已存在。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The village code %1 is already used.</source>
        <translation>区划代码 %1 已被使用。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The township already has 999 villages; %1 cannot be added.</source>
        <translation>本乡镇已有 999 个村（居），不能再添加“%1”。</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <location filename="../views/settings/OfficeSettingsDialog.cpp" line="+31"/>
        <source>Office settings</source>
        <translation>单位设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disclosure table (信息公开网址和电话统计表) prints the hotline and the web address. Every official table and export ends with the unit head, the reviewer, the preparer and the contact phone.</source>
        <translation>《信息公开网址和电话统计表》中打印举报电话和网址。每张统计报表和导出的台账末尾都列出单位负责人、审核人、填表人和联系电话。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Office</source>
        <extracomment>Tab of the office settings (本单位)</extracomment>
        <translation>本单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts and signatures</source>
        <extracomment>Tab of the office settings (联系与签字)</extracomment>
        <translation>联系与签字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benefit standards</source>
        <extracomment>Tab of the office settings (低保标准)</extracomment>
        <translation>低保标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category top-ups</source>
        <extracomment>Tab of the office settings (分类施保)</extracomment>
        <translation>分类施保</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Discard the changes to the office settings?</source>
        <translation>放弃对单位设置的修改吗？</translation>
    </message>
</context>
<context>
    <name>OfficialSheetWriter</name>
    <message>
        <location filename="../models/exchange/sheets/OfficialSheetWriter.cpp" line="+76"/>
        <source>%1: choose a file name ending in .xlsx or .csv</source>
        <translation>%1：请选择以 .xlsx 或 .csv 结尾的文件名</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1：无法写入文件（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot create the workbook</source>
        <translation>%1：无法创建工作簿</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>%1: the file could not be written completely (disk full?)</source>
        <translation>%1：文件未能完整写入（磁盘可能已满）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the workbook could not be written (%2)</source>
        <translation>%1：无法写入工作簿（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the finished file could not be moved into place</source>
        <translation>%1：已生成的文件无法移到目标位置</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../views/shell/OperatorDialog.cpp" line="+16"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your name. Every change you make to the roster is recorded under it.</source>
        <translation>请输入您的姓名。您对花名册所做的每项修改都将以此姓名记入操作日志。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../views/overview/OverviewCharts.cpp" line="+112"/>
        <source>Right-click to export the chart as an image</source>
        <translation>右键可将图表导出为图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;image…</source>
        <translation>导出图片(&amp;I)…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Active households by village</source>
        <translation>各村（居）在保户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active households</source>
        <translation>在保户数</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Households, covered persons and monthly total, last %n month(s)</source>
        <translation>
            <numerusform>近%n个月在保户数、保障人数和月保障金</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households</source>
        <translation>在保户数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covered persons</source>
        <translation>保障人数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Monthly total (10,000 yuan)</source>
        <translation>月保障金（万元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly total (yuan)</source>
        <translation>月保障金（元）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active households by category</source>
        <translation>在保户保障类别构成</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (%3%)</source>
        <extracomment>Pie slice: category, households, share; e.g. A类 120户（12%）</extracomment>
        <translation>%1：%2户（%3%）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active households by category (none)</source>
        <translation>在保户保障类别构成（暂无在保户）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaints and rectifications</source>
        <translation>举报线索与整改办理情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>未办结/未整改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed / rectified</source>
        <translation>已办结/已整改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaints and tips</source>
        <translation>举报线索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectifications</source>
        <translation>整改问题</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Complaints and rectifications (none yet)</source>
        <translation>举报线索与整改办理情况（暂无记录）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>households-by-village.png</source>
        <translation>各村在保户数.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly-trend.png</source>
        <translation>月度变化趋势.png</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>households-by-category.png</source>
        <translation>保障类别构成.png</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ledgers.png</source>
        <translation>举报与整改情况.png</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chart was saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chart could not be saved to %1. Choose a folder you may write to.</source>
        <translation>图表无法保存到 %1。请选择有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../views/overview/OverviewPage.cpp" line="+79"/>
        <source>Households on file</source>
        <translation>登记总户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Active households</source>
        <translation>在保户数</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Persons in active households</source>
        <translation>在保家庭人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Covered persons</source>
        <translation>保障人口</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Monthly benefit (yuan)</source>
        <translation>月保障金（元）</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Self-inspection answered</source>
        <translation>自查已答项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectifications open (overdue)</source>
        <translation>未完成整改（逾期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints being handled (overdue)</source>
        <translation>办理中线索（逾期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical cases this month</source>
        <translation>本月典型案例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submission</source>
        <translation>报送事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click to mark a submission as sent</source>
        <translation>双击登记报送情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting &amp;calendar…</source>
        <translation>报送日历(&amp;C)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a village to open its households in the roster</source>
        <translation>双击村（居）可在花名册中查看该村（居）的低保家庭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charts</source>
        <extracomment>Overview tab 统计图表</extracomment>
        <translation>统计图表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Special governance campaign&lt;/b&gt;</source>
        <translation>&lt;b&gt;低保专项治理&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Active households by village</source>
        <extracomment>Overview tab 各村（居）在保情况</extracomment>
        <translation>各村（居）在保情况</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submissions due within 14 days, and overdue</source>
        <translation>14 天内到期及已逾期的报送事项</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Click to open the ledger</source>
        <translation>点击打开台账</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Dibao roster</source>
        <translation>低保花名册</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dibao roster</source>
        <translation>%1低保花名册</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 households</source>
        <translation>%1 %2 户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By status — %1</source>
        <translation>按保障状态：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The roster is still empty, so every figure here is 0. Begin on the Roster page (Ctrl+2): import the roster the office keeps, or add the households.</source>
        <translation>花名册还是空的，因此这里的数字都是 0。请从“花名册”页（Ctrl+2）开始：导入本单位现有的花名册，或逐户添加。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The charts could not be drawn: %1</source>
        <translation>无法绘制图表：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The figures could not be read: %1</source>
        <translation>无法读取统计数字：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is not open, so no figures can be shown.</source>
        <translation>数据库未打开，无法显示统计数据。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The self-inspection could not be read.</source>
        <translation>无法读取自查自纠记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No self-inspection has been started yet.</source>
        <translation>尚未开展自查自纠。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 problems found%3%4</source>
        <translation>%1：发现问题 %2 项%3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; closed</source>
        <translation>；已结束</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>还有 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../views/shell/FileDialogs.cpp" line="+30"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <location filename="../views/ledgers/rectifications/RectificationDialog.cpp" line="+63"/>
        <location line="+98"/>
        <source>none</source>
        <extracomment>an optional date that is not set</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The problem found, as the ledger states it</source>
        <translation>发现的问题，按台账表述填写</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When the problem was entered in the ledger; the deadline cannot be earlier</source>
        <translation>问题登记入台账的日期；整改时限不能早于此日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was done (整改情况)</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gn off...</source>
        <translation>销号(&amp;G)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer confirms the rectification (销号); the item is then read-only</source>
        <translation>由审核人确认整改完成并销号；销号后不能再修改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Problem:</source>
        <translation>存在问题(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>问题来源：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households:</source>
        <translation>涉及家庭：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measures:</source>
        <translation>整改措施(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsible:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ntered on:</source>
        <translation>登记日期(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>整改时限(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>整改状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completion</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Completed on:</source>
        <translation>完成时间(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done:</source>
        <translation>整改情况(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-off:</source>
        <translation>销号：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New rectification</source>
        <translation>新增整改事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectification No. %1</source>
        <translation>整改事项 第 %1 号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>household of %1</source>
        <translation>%1户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household %1 (no longer readable)</source>
        <translation>家庭 %1（已无法读取）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed off by %1 on %2</source>
        <translation>%1 于 %2 销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed off</source>
        <translation>未销号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rectification first to attach evidence</source>
        <translation>请先保存整改事项，再添加佐证材料</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This rectification is signed off and can no longer be changed.</source>
        <translation>该整改事项已销号，不能再修改。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Discard the changes to this rectification?</source>
        <translation>放弃对该整改事项的修改吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign off the rectification</source>
        <translation>整改销号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign off</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reviewer (分管领导) confirms that the problem is rectified. A signed-off item can no longer be changed.</source>
        <translation>由审核人（分管领导）确认问题已整改到位。销号后不能再修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reviewer:</source>
        <translation>销号人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>销号日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>RectificationModel</name>
    <message>
        <location filename="../models/ledgers/rectifications/RectificationModel.cpp" line="+24"/>
        <source>Overdue (%1)</source>
        <extracomment>逾期（整改中）</extracomment>
        <translation>逾期（%1）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The deadline %1 has passed and the problem is not rectified yet.</source>
        <translation>整改时限 %1 已过，问题尚未整改到位。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed off by</source>
        <translation>销号人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-off date</source>
        <translation>销号日期</translation>
    </message>
</context>
<context>
    <name>RectificationPage</name>
    <message>
        <location filename="../views/ledgers/rectifications/RectificationPage.cpp" line="+24"/>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gn off...</source>
        <translation>销号(&amp;G)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search: problem, measures or responsible person</source>
        <translation>搜索：问题、整改措施或责任人</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>New rectification (Ins, Ctrl+N)</source>
        <translation>新增整改事项（Ins、Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected rectification (Enter)</source>
        <translation>修改选中的整改事项（回车）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New rectification</source>
        <translation>新增整改事项</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Total %1, not finished %2, overdue %3, signed off %4; %5 shown</source>
        <extracomment>总数 N，未完成 N，逾期 N，已销号 N；显示 N 条</extracomment>
        <translation>总数 %1，未完成 %2，逾期 %3，已销号 %4；显示 %5 条</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. The item is not among the rows the filters show.</source>
        <translation>已保存。该事项不在当前筛选结果中。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The item could not be read; it may have been changed elsewhere. The ledger was reloaded: try again.</source>
        <translation>无法读取该事项，可能已在其他地方修改。台账已重新加载，请再试一次。</translation>
    </message>
</context>
<context>
    <name>RectificationRepository</name>
    <message>
        <location filename="../models/ledgers/rectifications/RectificationRepository.cpp" line="+103"/>
        <source>Self-inspection: %1 %2</source>
        <translation>自查自纠：%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint #%1 %2</source>
        <translation>举报线索 #%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Describe the problem to be rectified.</source>
        <translation>请填写需要整改的问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An item is signed off by the reviewer with the sign-off action, not by choosing the status.</source>
        <translation>整改事项须由审核人通过“销号”操作销号，不能直接选择“已销号”状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date entered %1 is in the future.</source>
        <translation>登记日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline %1 is before the date the item was entered (%2).</source>
        <translation>整改时限 %1 早于登记日期（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rectified item needs its completion date: enter the date the rectification was completed.</source>
        <translation>已整改的事项须填写完成时间：请填写整改完成的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The completion date %1 is in the future.</source>
        <translation>完成时间 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The self-inspection item this rectification comes from no longer exists.</source>
        <translation>该整改事项来源的自查项目已不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint #%1 this rectification comes from no longer exists.</source>
        <translation>该整改事项来源的举报线索 #%1 已不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A household linked to the item no longer exists; remove it from the list.</source>
        <translation>关联的某户已不存在，请将其从列表中移除。</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The rectification item no longer exists.</source>
        <translation>该整改事项已不存在。</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>This item was signed off on %1 by %2 and can no longer be changed.</source>
        <translation>该事项已于 %1 由 %2 销号，不能再修改。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This item was already signed off on %1 by %2.</source>
        <translation>该事项已于 %1 由 %2 销号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The item cannot be signed off without its completion date: record when the rectification was completed first.</source>
        <translation>未填写完成时间的事项不能销号：请先填写整改完成时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a rectified item (status: %1) can be signed off; this one is %2.</source>
        <translation>只有状态为“%1”的事项才能销号；该事项目前为“%2”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the name of the reviewer who signs the item off.</source>
        <translation>请填写销号审核人姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the sign-off date.</source>
        <translation>请填写销号日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-off date %1 is before the completion date %2.</source>
        <translation>销号日期 %1 早于完成时间 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-off date %1 is in the future.</source>
        <translation>销号日期 %1 晚于今天。</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <location filename="../models/reports/compute/ReportCatalog.cpp" line="+25"/>
        <source>Monthly statistics of dibao recipients</source>
        <translation>低保对象月报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Additions and exits of the month</source>
        <translation>低保对象增减变动明细表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roster of dibao recipients</source>
        <translation>低保对象花名册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclosure web addresses and hotlines</source>
        <translation>信息公开网址和电话统计表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical cases of the month</source>
        <translation>典型案例报送表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-inspection summary</source>
        <translation>自查自纠情况汇总表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint and tip ledger</source>
        <translation>群众举报问题线索台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no report &quot;%1&quot;; the reports are %2.</source>
        <translation>没有名为“%1”的报表；可用的报表有 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report &quot;%1&quot; needs a month (YYYY-MM).</source>
        <translation>报表“%1”需要指定月份（YYYY-MM）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has not begun yet: a report covers a month up to the current one.</source>
        <translation>%1 尚未开始：报表只能统计到本月为止。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+23"/>
        <source>report needs a name: report list, or report NAME --period YYYY-MM --out FILE.</source>
        <translation>report 需要报表名称：report list，或 report 名称 --period YYYY-MM --out 文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no report &quot;%1&quot;; the reports are %2.</source>
        <translation>没有名为“%1”的报表；可用的报表有 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report %1 needs --out FILE.pdf, FILE.xlsx or FILE.csv.</source>
        <translation>report %1 需要 --out 文件.pdf、文件.xlsx 或 文件.csv。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--inspection takes the number of a self-inspection run.</source>
        <translation>--inspection 应为自查的编号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--village: there is no village %1.</source>
        <translation>--village：没有“%1”这个村。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Wrote %1 (%2 rows) to %3.</source>
        <translation>已将%1（%2 行）写入 %3。</translation>
    </message>
</context>
<context>
    <name>ReportCsvWriter</name>
    <message>
        <location filename="../models/reports/render/ReportCsvWriter.cpp" line="+59"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1：无法写入文件（%2）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the file could not be written completely (disk full?)</source>
        <translation>%1：文件未能完整写入（磁盘可能已满）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the finished file could not be moved into place</source>
        <translation>%1：已生成的文件无法移到目标位置</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../views/reports/ReportPage.cpp" line="+66"/>
        <source>&amp;Only this month</source>
        <translation>仅统计本月(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Village:</source>
        <translation>村（居）(&amp;V)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Self-inspection:</source>
        <translation>自查自纠(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The month the table covers; tables are usually made after the month ends</source>
        <translation>报表所属月份；报表一般在月份结束后制作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the records of the month; unchecked, the ledger lists every record</source>
        <translation>只列本月的记录；不勾选时台账列出全部记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compute the table again from the current data</source>
        <translation>按当前数据重新计算报表</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Report &amp;month:</source>
        <translation>报告期(&amp;M)：</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>All villages</source>
        <translation>全部村（居）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The villages could not be read: %1</source>
        <translation>无法读取村（居）列表：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The self-inspections could not be read: %1</source>
        <translation>无法读取自查自纠记录：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No self-inspection yet</source>
        <translation>尚无自查自纠</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>The report was saved to %1.</source>
        <translation>报表已保存到 %1。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The printer could not be started. Check that it is switched on and ready.</source>
        <translation>无法启动打印机。请检查打印机是否已开机并处于就绪状态。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page %1 could not be started on the printer.</source>
        <translation>打印机无法开始打印第 %1 页。</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <location filename="../models/reports/render/ReportPainter.cpp" line="+514"/>
        <source>The printer or the file could not be opened.</source>
        <translation>无法打开打印机或文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page %1 could not be started.</source>
        <translation>无法开始打印第 %1 页。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pages could not be finished (disk full?).</source>
        <translation>页面未能全部输出（磁盘可能已满）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a PDF can only be written with the graphics libraries started</source>
        <translation>%1：须先启动图形库才能生成 PDF 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <location filename="../models/reports/render/PdfTextRepair.cpp" line="+124"/>
        <location filename="../models/reports/render/ReportPainter.cpp" line="+14"/>
        <source>%1: the PDF could not be written (%2)</source>
        <translation>%1：无法写入 PDF 文件（%2）</translation>
    </message>
    <message>
        <location filename="../models/reports/render/ReportPainter.cpp" line="+4"/>
        <source>%1: the file could not be written completely (disk full?)</source>
        <translation>%1：文件未能完整写入（磁盘可能已满）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the finished file could not be moved into place</source>
        <translation>%1：已生成的文件无法移到目标位置</translation>
    </message>
    <message>
        <location filename="../models/reports/render/PdfTextRepair.cpp" line="-11"/>
        <source>%1: the PDF could not be read back (%2)</source>
        <translation>%1：无法读回 PDF 文件（%2）</translation>
    </message>
</context>
<context>
    <name>ReportXlsxWriter</name>
    <message>
        <location filename="../models/reports/render/ReportXlsxWriter.cpp" line="+318"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the report has no columns to write</source>
        <translation>%1：报表没有可写入的列</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot create the workbook</source>
        <translation>%1：无法创建工作簿</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot create the worksheet</source>
        <translation>%1：无法创建工作表</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the workbook could not be written (%2)</source>
        <translation>%1：无法写入工作簿（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the finished file could not be moved into place</source>
        <translation>%1：已生成的文件无法移到目标位置</translation>
    </message>
</context>
<context>
    <name>RosterBulkWriter</name>
    <message>
        <location filename="../models/roster/RosterBulkWriter.cpp" line="+515"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>已取消：未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>RosterColumns</name>
    <message>
        <location filename="../models/exchange/roster/RosterColumns.cpp" line="+22"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head&apos;s ID number</source>
        <translation>户主身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covered persons</source>
        <translation>保障人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly amount (yuan)</source>
        <translation>月保障金额（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benefit since (month)</source>
        <translation>开始保障年月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>保障状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status since (date)</source>
        <translation>状态起始日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the status</source>
        <translation>状态变更原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered poor household</source>
        <translation>建档立卡贫困户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covered</source>
        <translation>是否保障对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability (kind and grade)</source>
        <translation>残疾情况（类别和等级）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disability certificate number</source>
        <translation>残疾人证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour ability</source>
        <translation>劳动能力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
</context>
<context>
    <name>RosterImporter</name>
    <message>
        <location filename="../models/exchange/roster/RosterImporter.cpp" line="+88"/>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no import profile named %1 (saved profiles: %2)</source>
        <translation>没有名为「%1」的导入方案（已保存的方案：%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the month the roster describes (%1) has not begun yet</source>
        <translation>花名册所属月份（%1）尚未开始</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no sheet named %1 (sheets: %2)</source>
        <translation>没有名为「%1」的工作表（现有工作表：%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+222"/>
        <source>this village is not in the township&apos;s list (%n row(s) name it); add the village first, or let the import create it (the check box in the wizard, --create-villages on the command line)</source>
        <translation>
            <numerusform>该村（居）不在本乡镇的村（居）名单中，涉及 %n 行；请先添加该村（居），或让导入时自动添加（导入向导中勾选自动添加村（居）的选项，命令行中使用 --create-villages）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n household(s) (rows %1) give neither the month the benefit started (在保) nor the date of their status (停保, 退保), so the program cannot tell since when they are on the roster. Give the month the roster describes (--as-of YYYY-MM on the command line, &quot;The roster describes the month&quot; in the import wizard): they are taken as on the roster from its first day. Or add the dates to the file.</source>
        <translation>
            <numerusform>有 %n 户（第 %1 行）既未填写开始保障年月（在保），也未填写状态日期（停保、退保），程序无法判断其何时起列入花名册。请指定花名册所属月份（命令行中使用 --as-of YYYY-MM，导入向导中勾选“花名册所属月份”）：这些户将视为自该月1日起列入花名册。也可以在文件中补填日期。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>this person is a member, not the head, of the household of %1 in %2; change the household on the roster first</source>
        <translation>此人是%2%1户的家庭成员，不是户主；请先在花名册中调整该户</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a household that is %1 cannot become %2</source>
        <translation>状态为「%1」的户不能改为「%2」</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file has problems; nothing was written. Correct them and import again.</source>
        <translation>文件存在问题，未写入任何数据。请更正后重新导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This preview has been used; nothing was written. Read the file again to import it.</source>
        <translation>这次预览已用过，未写入任何数据。请重新读取文件后再导入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The roster changed since the preview (another window or program wrote to it); nothing was written. Run the import again.</source>
        <translation>预览之后花名册已有变动（其他窗口或程序写入了数据）；未写入任何数据。请重新导入。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>已取消：未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../models/roster/RosterModel.cpp" line="+64"/>
        <source>Reviewed every 6 months: a member is able-bodied</source>
        <translation>每6个月复核一次：家中有具备劳动能力的成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed every 12 months: no member is able-bodied</source>
        <translation>每12个月复核一次：家中无具备劳动能力的成员</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>保障状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covered</source>
        <translation>保障人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly amount (yuan)</source>
        <translation>月保障金（元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benefit since</source>
        <translation>开始保障年月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review due</source>
        <extracomment>复核到期: when the household&apos;s periodic review is due</extracomment>
        <translation>复核到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../views/roster/RosterPage.cpp" line="+70"/>
        <source>Show full ID numbers</source>
        <translation>显示完整身份证号码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add household...</source>
        <translation>添加户(&amp;A)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit...</source>
        <translation>修改(&amp;E)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status...</source>
        <translation>变更状态(&amp;S)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a&amp;mount...</source>
        <translation>调整金额(&amp;M)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>变更记录(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;death...</source>
        <translation>死亡登记(&amp;D)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove member...</source>
        <translation>移出成员(&amp;R)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ove member...</source>
        <translation>迁移成员(&amp;O)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a roster...</source>
        <translation>导入花名册...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a household...</source>
        <translation>添加户...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search: name or beginning of the ID number</source>
        <translation>搜索：姓名或身份证号码前几位</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>All villages</source>
        <translation>全部村（居）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The villages could not be read: %1</source>
        <translation>无法读取村（居）列表：%1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No household matches the filters.</source>
        <translation>没有符合条件的户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The roster has no household yet. Import the roster the office keeps (Excel, WPS or CSV), or add the households one by one.</source>
        <translation>花名册中还没有户。可导入本单位现有的花名册（Excel、WPS 或 CSV 文件），或逐户添加。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The roster could not be read.</source>
        <translation>花名册无法读取。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 households, %2 persons, monthly benefit %3 yuan</source>
        <extracomment>共 N 户 M 人，月保障金 X 元</extracomment>
        <translation>共 %1 户 %2 人，月保障金 %3 元</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The household could not be read: %1</source>
        <translation>无法读取该户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The household could not be read. It may have been changed in another window: change a filter to reload the roster, then try again.</source>
        <translation>无法读取该户信息，可能已在其他窗口中被修改：请更改任一筛选条件以重新载入花名册，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members of the household of %1</source>
        <translation>%1户的家庭成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a household to see its members</source>
        <translation>选中一户即可查看其家庭成员</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saved. The household is not among the rows shown; search for it to see it.</source>
        <translation>已保存。该户不在当前显示的列表中，请搜索查看。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>roster-%1.xlsx</source>
        <translation>低保花名册-%1.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Export the roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting the roster to %1...</source>
        <translation>正在将花名册导出到 %1……</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1 households (%2 members, monthly total %3 yuan) to %4.</source>
        <translation>已将 %1 户（家庭成员 %2 人，月保障金合计 %3 元）导出到 %4。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The status of a household that is %1 cannot be changed.</source>
        <translation>状态为「%1」的户不能再变更状态。</translation>
    </message>
</context>
<context>
    <name>RosterRepository</name>
    <message>
        <location filename="../models/roster/HouseholdRules.cpp" line="+13"/>
        <source>Choose the village of the household.</source>
        <translation>请选择该户所在的村（居）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The monthly amount cannot be negative.</source>
        <translation>月保障金不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An active household needs the month its benefit started.</source>
        <translation>在保户必须填写开始保障年月。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The month the benefit started (%1) is in the future.</source>
        <translation>开始保障年月（%1）晚于本月。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The status date %1 is in the future.</source>
        <translation>状态日期 %1 晚于今天。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Member %1 (%2)</source>
        <translation>第 %1 名成员（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no name</source>
        <translation>未填姓名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the name is empty.</source>
        <translation>%1：姓名为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the ID number %2 is also given for member %3.</source>
        <translation>%1：身份证号码 %2 与第 %3 名成员重复。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the ID number %2 already belongs to a member of the household of %3 in %4; one person can be on the roster only once.</source>
        <translation>%1：身份证号码 %2 已属于%4%3户的成员；同一人在花名册中只能出现一次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a deceased person cannot stay covered.</source>
        <translation>%1：已故人员不能继续作为保障对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the date of death %2 is impossible.</source>
        <translation>%1：死亡日期 %2 不合理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A household needs at least one member.</source>
        <translation>每户至少要有一名成员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One member must be the head of household (relation: head).</source>
        <translation>必须有一名成员是户主（与户主关系填“户主”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only one member can be the head of household; %1 are marked as head.</source>
        <translation>每户只能有一名户主；现有 %1 名成员标为户主。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The household size (%1) is smaller than the %2 members entered.</source>
        <translation>家庭人口（%1）少于已录入的 %2 名成员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Covered persons (%1) cannot exceed the members (%2).</source>
        <translation>保障人口（%1）不能多于家庭人口（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covered persons (%1) are fewer than the %2 members marked as covered.</source>
        <translation>保障人口（%1）少于已标为保障对象的 %2 名成员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household size and covered persons cannot be negative.</source>
        <translation>家庭人口和保障人口不能为负数。</translation>
    </message>
    <message>
        <location filename="../models/roster/RosterRepository.cpp" line="+359"/>
        <source>The household no longer exists.</source>
        <translation>该户已不存在。</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>The date of the change is in the future.</source>
        <translation>变更日期晚于今天。</translation>
    </message>
</context>
<context>
    <name>RosterSheetParser</name>
    <message>
        <location filename="../models/exchange/roster/RosterSheetParser.cpp" line="+139"/>
        <source>no header row was found in the first %1 rows: a roster needs columns such as 户主姓名, 身份证号码 and 村(居)名称</source>
        <translation>前 %1 行中未找到表头行：花名册应有「户主姓名」「身份证号码」「村(居)名称」等列</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the header has no column for the %1; map a column to it</source>
        <translation>表头中没有「%1」列；请为其指定对应的列</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>the ID number is missing</source>
        <translation>缺少身份证号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is missing</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same ID number is already in row %1</source>
        <translation>相同的身份证号码已出现在第 %1 行</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+151"/>
        <source>write 是 or 否</source>
        <translation>请填写「是」或「否」</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>the program does not know this relation to the head: imported as %1, the word kept; map the word to a relation in the import wizard or a profile</source>
        <translation>无法识别该与户主关系：已按「%1」导入并保留原文；请在导入向导或导入方案中为该写法指定对应关系</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown health state; use one of %1</source>
        <translation>健康状况无法识别；应为以下之一：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown labour ability; use one of %1</source>
        <translation>劳动能力无法识别；应为以下之一：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write 男 or 女</source>
        <translation>请填写「男」或「女」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not match the sex in the ID number</source>
        <translation>与身份证号码中的性别不符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the date does not exist</source>
        <translation>该日期不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not match the birth date in the ID number (%1)</source>
        <translation>与身份证号码中的出生日期（%1）不符</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>differs from the value &quot;%1&quot; given for the same household in row %2</source>
        <translation>与同一户第 %2 行填写的“%1”不一致</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the household size must be a whole number from 1 to 99</source>
        <translation>家庭人口应为 1 至 99 之间的整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the covered persons must be a whole number from 0 to 99</source>
        <translation>保障人口应为 0 至 99 之间的整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown category; use one of %1</source>
        <translation>保障类别无法识别；应为以下之一：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is not an amount in yuan; write digits such as 300 or 300.50</source>
        <translation>不是以元为单位的金额；请填写数字，如 300 或 300.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the monthly amount cannot be negative</source>
        <translation>月保障金不能为负数</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is not a month; write it as 2018-03 or 2018年3月</source>
        <translation>不是有效的年月；请按“2018-03”或“2018年3月”的格式填写</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown status; use one of %1</source>
        <translation>保障状态无法识别；应为以下之一：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a date; write it as 2024-06-15 or 2024年6月15日</source>
        <translation>不是有效日期；请按“2024-06-15”或“2024年6月15日”的格式填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date is in the future</source>
        <translation>该日期晚于今天</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the account number was stored as a number and its digits are lost; format the column as text and export again</source>
        <translation>银行账号被存成了数值，部分数字已丢失；请将该列设为文本格式后重新导出</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no member of this household is marked as 户主</source>
        <translation>该户没有成员标为「户主」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the village is missing</source>
        <translation>缺少村（居）名称</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>this household already has a head (%1, row %2)</source>
        <translation>该户已有户主（%1，第 %2 行）</translation>
    </message>
</context>
<context>
    <name>RosterWriteSteps</name>
    <message>
        <location filename="../models/roster/RosterWriteSteps.cpp" line="+60"/>
        <source>The member no longer exists.</source>
        <translation>该成员已不存在。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Confirm to record it as a correction.</source>
        <translation>确认后将作为更正记录。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../views/settings/SetupDialog.cpp" line="+69"/>
        <source>&amp;Add village</source>
        <translation>添加村（居）(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove village</source>
        <translation>删除村（居）(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;demo data</source>
        <translation>打开演示数据(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up the township</source>
        <translation>设置乡镇信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your township</source>
        <translation>本乡镇</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Contacts and signatories</source>
        <translation>联系与签字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disclosure table prints the complaint hotline and the web address; every official table ends with the unit head, the reviewer, the preparer and a contact phone. A field left empty can be filled in later under Settings ▸ Office settings.</source>
        <translation>《信息公开网址和电话统计表》中打印举报电话和网址；每张统计报表末尾都列出单位负责人、审核人、填表人和联系电话。留空的项目以后可在“设置 ▸ 单位设置”中补填。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Benefit standard</source>
        <translation>低保标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dibao standard in yuan per person per month and the month from which it applies. The monthly report prints it, and the checks compare each household&apos;s amount with it. Later standards and the category top-ups are set under Settings ▸ Office settings.</source>
        <translation>低保标准（元/人·月）及其执行起始月份。月报表中会打印该标准，数据核查也据此核对各户的保障金额。以后调整的标准和分类施保增发标准在“设置 ▸ 单位设置”中设置。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Division code (empty: generated)</source>
        <translation>区划代码（留空则自动生成）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill the database with a made-up township of 300 households to try the program</source>
        <translation>在数据库中生成一个有 300 户的虚构乡镇，用于试用本程序</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This database is empty. Enter your township and its villages, or open demo data to look around first.</source>
        <translation>此数据库为空。请填写本乡镇及所辖村（居），或先打开演示数据熟悉一下。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Villages:</source>
        <translation>村（居）：</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Village %1: the name appears twice.</source>
        <translation>村（居）「%1」：名称重复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Village %1: division code %2: %3</source>
        <translation>村（居）「%1」的区划代码 %2 有误：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village %1: division code %2 appears twice.</source>
        <translation>村（居）「%1」：区划代码 %2 重复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Villages: enter at least one village.</source>
        <translation>村（居）：请至少填写一个村（居）。</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <location filename="../models/exchange/sheets/SheetReader.cpp" line="+29"/>
        <source>%1: the file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this is a folder, not a file</source>
        <translation>%1：这是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1：无法读取文件（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the file is not an Excel workbook although its name says so (it may be a text or web page file that was renamed, or it is damaged). Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1：文件名表明这是 Excel 工作簿，但实际上不是（可能是改了扩展名的文本文件或网页文件，也可能已损坏）。请用 Excel 或 WPS 打开后另存为 .xlsx 格式。</translation>
    </message>
</context>
<context>
    <name>StandardCommand</name>
    <message>
        <location filename="../app/cli/StandardCommand.cpp" line="+77"/>
        <source>No benefit standard is set yet: add one with &quot;dibao-cli standard add --from YYYY-MM --yuan N&quot;.</source>
        <translation>尚未设置低保标准：请用“dibao-cli standard add --from YYYY-MM --yuan N”添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+83"/>
        <source>From</source>
        <translation>执行起始年月</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>Yuan per person per month</source>
        <translation>元/人·月</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>In force</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+83"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+98"/>
        <source>this month</source>
        <translation>本月执行</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>standard needs a subcommand: standard list, standard add, standard topup list or standard topup set.</source>
        <translation>standard 需要子命令：standard list、standard add、standard topup list 或 standard topup set。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown standard subcommand &quot;%1&quot;; use list, add or topup.</source>
        <translation>未知的 standard 子命令“%1”；请使用 list、add 或 topup。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>standard add needs --from YYYY-MM and --yuan N.</source>
        <translation>standard add 需要 --from YYYY-MM 和 --yuan N。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+117"/>
        <source>--from &quot;%1&quot;: this is not a month; write it as YYYY-MM, e.g. 2025-07.</source>
        <translation>--from “%1”：不是月份；请写成 YYYY-MM，例如 2025-07。</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>--yuan &quot;%1&quot;: this is not an amount in yuan; write it like 765.50.</source>
        <translation>--yuan “%1”：不是以元为单位的金额；请写成 765.50 这样的形式。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+131"/>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 “%2”：%3</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Added the benefit standard of %1 yuan per person per month from %2.</source>
        <translation>已添加低保标准：自 %2 起每人每月 %1 元。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Category</source>
        <translation>保障类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top-up</source>
        <translation>增发标准</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+100"/>
        <source>%1 % of the standard</source>
        <translation>低保标准的 %1%</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+100"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>(no standard yet)</source>
        <translation>（尚无低保标准）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No category top-up is set: households of every category get the standard alone.</source>
        <translation>尚未设置分类施保增发标准：各类别家庭均只按低保标准计发。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>standard topup needs a subcommand: standard topup list, or standard topup set.</source>
        <translation>standard topup 需要子命令：standard topup list 或 standard topup set。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown standard topup subcommand &quot;%1&quot;; use list or set.</source>
        <translation>未知的 standard topup 子命令“%1”；请使用 list 或 set。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>standard topup set needs --category A|B|C, --from YYYY-MM and --yuan N or --share PERCENT.</source>
        <translation>standard topup set 需要 --category A|B|C、--from YYYY-MM，以及 --yuan N 或 --share PERCENT。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard topup set takes --yuan (a fixed amount) or --share (a percentage of the standard), not both.</source>
        <translation>standard topup set 只能使用 --yuan（固定金额）或 --share（占低保标准的百分比）其中之一，不能同时使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--category &quot;%1&quot;: top-ups are set for the categories A, B and C.</source>
        <translation>--category “%1”：只能为 A、B、C 类设置增发标准。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--yuan &quot;%1&quot;: this is not an amount in yuan; write it like 120.50.</source>
        <translation>--yuan “%1”：不是以元为单位的金额；请写成 120.50 这样的形式。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--share &quot;%1&quot;: write the share as a percentage of the standard, e.g. 30 or 12.5.</source>
        <translation>--share “%1”：请填写占低保标准的百分比，例如 30 或 12.5。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Set the %1 top-up from %2: %3 per person per month.</source>
        <translation>已设置%1增发标准：自 %2 起每人每月 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under the standard of %1 yuan that is %2 yuan.</source>
        <translation>按低保标准 %1 元计算，即 %2 元。</translation>
    </message>
</context>
<context>
    <name>StandardInput</name>
    <message>
        <location filename="../views/settings/StandardInput.cpp" line="+28"/>
        <source>Yuan per person per month, e.g. 765.50</source>
        <translation>每人每月金额（元），例如 765.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the county&apos;s notice that sets it</source>
        <translation>例如：制定该标准的县级文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From &amp;month:</source>
        <translation>执行起始年月(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Standard per person per month:</source>
        <translation>每人每月标准(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>StandardRepository</name>
    <message>
        <location filename="../models/office/StandardRepository.cpp" line="+71"/>
        <source>From: enter the month from which the standard applies.</source>
        <translation>执行起始年月：请输入该标准开始执行的月份。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From: there is already a standard from %1 (%2 yuan per person per month). Standards are kept as a history; to change it, add one from a later month.</source>
        <translation>执行起始年月：已有自 %1 起执行的标准（每人每月 %2 元）。标准按历史保留；如需调整，请从之后的月份起新增标准。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standard: it must be more than 0 yuan per person per month (it is %1).</source>
        <translation>低保标准：每人每月应大于 0 元（现为 %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard: %1 yuan per person per month is not a monthly standard; enter the amount per person and month, e.g. 765.50.</source>
        <translation>低保标准：每人每月 %1 元不像月标准；请填写每人每月的金额，例如 765.50。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Category: top-ups are set for categories A, B and C; ordinary households have the standard alone.</source>
        <translation>保障类别：只能为 A、B、C 类设置增发标准；一般户只按低保标准计发。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From: enter the month from which the top-up applies.</source>
        <translation>执行起始年月：请输入该增发标准开始执行的月份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share: a top-up is from 0 to 100 percent of the standard (it is %1 %).</source>
        <translation>比例：增发标准应为低保标准的 0% 至 100%（现为 %1%）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount: a top-up cannot be below 0 yuan (it is %1).</source>
        <translation>金额：增发标准不能低于 0 元（现为 %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount: %1 yuan per person per month is not a monthly top-up.</source>
        <translation>金额：每人每月 %1 元不像月增发标准。</translation>
    </message>
</context>
<context>
    <name>StandardsWidget</name>
    <message>
        <location filename="../views/settings/StandardsWidget.cpp" line="+22"/>
        <source>&amp;Add standard</source>
        <translation>添加标准(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dibao standard in yuan per person per month. A month uses the latest standard from on or before it; the one in force this month is in bold. Standards are kept as a history: a new standard is added from a month, and the tables of earlier months keep theirs.</source>
        <translation>低保标准按元/人·月计。每个月按当月或此前最近一次设定的标准执行，本月执行的标准以粗体显示。标准按历史保留：新标准自某月起添加，以前各月的报表仍按原标准计算。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a standard</source>
        <translation>添加标准</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Added the standard of %1 yuan per person per month from %2.</source>
        <translation>已添加低保标准：自 %2 起每人每月 %1 元。</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../app/cli/StatsCommand.cpp" line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households on file: %1</source>
        <translation>登记总户数：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2 户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active households: %1, persons %2, covered %3, monthly total %4 yuan</source>
        <translation>在保 %1 户，家庭人口 %2 人，保障人口 %3 人，月保障金合计 %4 元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村（居）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active households</source>
        <translation>在保户数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covered</source>
        <translation>保障人口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly total (yuan)</source>
        <translation>月保障金合计（元）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../views/roster/StatusChangeDialog.cpp" line="+31"/>
        <source>Change status of the household of %1</source>
        <translation>变更%1户的保障状态</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current status:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New status:</source>
        <translation>新状态(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>变更日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>变更原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The status of this household cannot be changed.</source>
        <translation>该户的状态不能再变更。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: give the reason for the change to %1.</source>
        <translation>变更原因：请填写改为「%1」的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: the last status change was on %1; the new one cannot be earlier.</source>
        <translation>变更日期：上次状态变更在 %1，本次变更日期不能早于该日。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>StatusTimeline</name>
    <message>
        <location filename="../models/roster/StatusTimeline.cpp" line="+57"/>
        <source>It changes the figures of %1.</source>
        <translation>本次修改将改变 %1 的数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated before the household&apos;s change to %1 on %2; that change and the months after it keep their dates.</source>
        <translation>其日期早于该户 %2 改为「%1」的变更；该次变更及之后各月保持原日期不变。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The official tables of %1 were already printed or exported: they no longer match and must be printed again.</source>
        <translation>%1 的统计报表已打印或导出：现已与数据不符，须重新打印。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The date %1 is before the household&apos;s first record (%2).</source>
        <translation>日期 %1 早于该户的首条记录（%2）。</translation>
    </message>
</context>
<context>
    <name>StatusTransitions</name>
    <message>
        <location filename="../models/roster/StatusTransitions.cpp" line="+47"/>
        <source>A household that is %1 cannot become %2.</source>
        <translation>状态为「%1」的户不能改为「%2」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is missing or in the future.</source>
        <translation>日期未填写或晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date %1 is before the last status change (%2).</source>
        <translation>日期 %1 早于上次状态变更日期（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason for the change to %1.</source>
        <translation>请填写改为「%1」的原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The household has no covered member and cannot be active.</source>
        <translation>该户没有保障对象，不能设为在保。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The household size (%1) cannot be below the %2 member records.</source>
        <translation>家庭人口（%1）不能少于已有的 %2 条成员记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The monthly amount cannot be negative.</source>
        <translation>月保障金不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The monthly amount %1 yuan is not plausible for one household.</source>
        <translation>一户月保障金 %1 元，明显不合理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Covered persons (%1) must be between 0 and the household size (%2).</source>
        <translation>保障人口（%1）应在 0 至家庭人口（%2）之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The household size (%1) cannot be below its %2 covered persons: change the covered persons too.</source>
        <translation>家庭人口（%1）不能少于保障人口（%2 人）：请同时修改保障人口。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Covered persons (%1) are fewer than the %2 members marked as covered.</source>
        <translation>保障人口（%1）少于已标为保障对象的 %2 名成员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An active household needs at least one covered person; suspend it instead.</source>
        <translation>在保户至少要有一名保障对象；否则请改为停保。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The date from which the change applies is missing or in the future.</source>
        <translation>变更执行日期未填写或晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for the change.</source>
        <translation>请填写变更原因。</translation>
    </message>
</context>
<context>
    <name>SupplementsWidget</name>
    <message>
        <location filename="../views/settings/SupplementsWidget.cpp" line="+35"/>
        <source>&amp;Fixed amount:</source>
        <translation>固定金额(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare of the standard:</source>
        <translation>占低保标准比例(&amp;H)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Se&amp;t top-up</source>
        <translation>设置增发标准(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Households of categories A, B and C (分类施保) may receive more than the standard: a top-up per covered person and month, fixed or a share of the standard. The most a household may receive is (standard + its category&apos;s top-up) × covered persons. A month uses the latest top-up from on or before it; 0 ends a top-up.</source>
        <translation>A、B、C 类家庭实行分类施保，可在低保标准之外增发：按每名保障对象每月计，为固定金额或低保标准的一定比例。一户每月最多可领取（低保标准 + 所属类别增发标准）× 保障人口。每个月按当月或此前最近一次设定的增发标准执行；设为 0 即停止增发。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> yuan per person per month</source>
        <translation> 元/人·月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set a top-up</source>
        <translation>设置增发标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Category:</source>
        <translation>保障类别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;month:</source>
        <translation>执行起始年月(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The standards could not be read: %1</source>
        <translation>无法读取低保标准：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No standard is in force in %1 yet: add one on the standards tab.</source>
        <translation>%1 尚无执行中的低保标准：请先在“低保标准”页添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1 a covered person of %2 may receive at most %3 + %4 = %5 yuan a month.</source>
        <translation>%1 当月，%2保障对象每人最多可领取 %3 + %4 = %5 元。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set the %1 top-up from %2: %3.</source>
        <translation>已设置%1增发标准：自 %2 起每人每月 %3。</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <location filename="../models/exchange/sheets/XlsReader.cpp" line="+38"/>
        <source>%1: the file is larger than the limit of %2</source>
        <translation>%1：文件超过 %2 的大小上限</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1：无法读取文件（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: there is not enough memory to read the workbook</source>
        <translation>%1：内存不足，无法读取工作簿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is damaged, password-protected or not an Excel 97–2003 workbook (.xls), and cannot be read (FreeXL error %2)</source>
        <translation>%1：文件已损坏、设有密码，或不是 Excel 97–2003 工作簿（.xls），无法读取（FreeXL 错误 %2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the workbook is password-protected; remove the password in Excel or WPS and save it again</source>
        <translation>%1：工作簿设有密码保护；请在 Excel 或 WPS 中取消密码后重新保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the workbook has no worksheet</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheet%1</source>
        <translation>Sheet%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the workbook is not open</source>
        <translation>%1：工作簿未打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the workbook has no sheet named %2</source>
        <translation>%1：工作簿中没有名为「%2」的工作表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, sheet %2: the sheet cannot be read (the file is damaged)</source>
        <translation>%1 工作表「%2」：无法读取该工作表（文件已损坏）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, sheet %2: the sheet is wider than the limit of %3 columns</source>
        <translation>%1 工作表「%2」：列数超过 %3 列的上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, sheet %2: the sheet is larger than the limit of %3 cells</source>
        <translation>%1 工作表「%2」：单元格数超过 %3 个的上限</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, sheet %2, row %3: the cell in column %4 cannot be read (the file is damaged)</source>
        <translation>%1 工作表「%2」第 %3 行：第 %4 列的单元格无法读取（文件已损坏）</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../models/exchange/sheets/XlsxReader.cpp" line="+136"/>
        <source>%1: the file is damaged or is not an Excel workbook (the zip archive cannot be read)</source>
        <translation>%1：文件已损坏或不是 Excel 工作簿（无法读取 zip 压缩包）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+77"/>
        <source>%1: the file is damaged (the part %2 is not valid XML: %3)</source>
        <translation>%1：文件已损坏（部件 %2 不是有效的 XML：%3）</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1: the workbook has no worksheet</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the file is damaged or is not an Excel workbook (the part %2 is missing)</source>
        <translation>%1：文件已损坏或不是 Excel 工作簿（缺少部件 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the workbook is larger than the limit of %2 when unpacked (at part %3)</source>
        <translation>%1：工作簿解压后超过 %2 的大小上限（在部件 %3 处）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is damaged (the part %2 cannot be unpacked)</source>
        <translation>%1：文件已损坏（部件 %2 无法解压）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: the workbook has more texts than the limit of %2 cells</source>
        <translation>%1：工作簿中的文本超过 %2 个单元格的上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is damaged (the part %2 is not valid XML near byte %3)</source>
        <translation>%1：文件已损坏（部件 %2 在第 %3 字节附近不是有效的 XML）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the workbook is not open</source>
        <translation>%1：工作簿未打开</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the workbook has no sheet named %2</source>
        <translation>%1：工作簿中没有名为「%2」的工作表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, sheet %2: the sheet&apos;s data is missing from the file (the file is damaged)</source>
        <translation>%1 工作表「%2」：文件中缺少该工作表的数据（文件已损坏）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1, sheet %2: the sheet holds a single value larger than the limit of %3</source>
        <translation>%1 工作表「%2」：有单元格内容超过 %3 的上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, sheet %2: the file is damaged (the sheet ends abruptly)</source>
        <translation>%1 工作表「%2」：文件已损坏（工作表数据意外中断）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, sheet %2: the file is damaged (invalid XML near row %3)</source>
        <translation>%1 工作表「%2」：文件已损坏（第 %3 行附近的 XML 无效）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, sheet %2: the file is damaged (invalid XML near byte %3 of the sheet)</source>
        <translation>%1 工作表「%2」：文件已损坏（工作表第 %3 字节附近的 XML 无效）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, sheet %2: the file is damaged (an invalid cell or row reference near row %3)</source>
        <translation>%1 工作表「%2」：文件已损坏（第 %3 行附近有无效的单元格或行引用）</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1, sheet %2: the sheet holds no cells (it is not a worksheet)</source>
        <translation>%1 工作表「%2」：没有任何单元格（不是普通工作表）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, sheet %2: the sheet is larger than the limit of %3 cells</source>
        <translation>%1 工作表「%2」：单元格数超过 %3 个的上限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, sheet %2, row %3: the sheet is wider than the limit of %4 columns</source>
        <translation>%1 工作表「%2」第 %3 行：列数超过 %4 列的上限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, sheet %2: the file is damaged (row %3 is out of order)</source>
        <translation>%1 工作表「%2」：文件已损坏（第 %3 行顺序错乱）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, sheet %2: the file is damaged (cell %3 is out of order)</source>
        <translation>%1 工作表「%2」：文件已损坏（单元格 %3 顺序错乱）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, sheet %2, cell %3: the file is damaged (the cell refers to text number %4, which the file does not hold)</source>
        <translation>%1 工作表「%2」单元格 %3：文件已损坏（该单元格引用了第 %4 号文本，但文件中没有这条文本）</translation>
    </message>
</context>
</TS>
