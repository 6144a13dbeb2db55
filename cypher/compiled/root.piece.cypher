// The statement a compiled read is (src/db/statement-shape.ts): one row holding one map, an entry
// per root field. 编译读取的外层语句。
RETURN { __projection__ } AS root
