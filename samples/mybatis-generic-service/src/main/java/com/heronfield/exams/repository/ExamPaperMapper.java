package com.heronfield.exams.repository;

import com.heronfield.exams.domain.ExamPaper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ExamPaperMapper extends BaseMapper<ExamPaper> {
}
