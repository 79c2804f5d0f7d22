package cn.wangben.scoring.export;

import cn.wangben.contracts.ids.SchoolId;

/** A school as an export names it: its registered name, or its id while the name has not arrived. */
public record SchoolRef(SchoolId id, String name) {}
