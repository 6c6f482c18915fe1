package com.heronfield.exams.repository;

import com.heronfield.exams.domain.Subject;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SubjectMapper extends BaseMapper<Subject> {
}
