package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A form without the version copied onto the row just loaded: the version compared is the loaded one. */
class LoadedCopyScanTest {

  @TempDir Path project;

  private void write(String load, String form) throws IOException {
    TempProject.write(project, "schema.sql",
        "CREATE TABLE sys_param (id BIGINT PRIMARY KEY, name VARCHAR(50), value VARCHAR(200), version INT);\n");
    TempProject.write(project, "src/main/java/app/Param.java", """
        package app;

        import com.baomidou.mybatisplus.annotation.TableName;
        import com.baomidou.mybatisplus.annotation.Version;

        @TableName("sys_param")
        public class Param {
          Long id; String name; String value;
          @Version Integer version;
          public Long getId() { return id; }
        }
        """);
    TempProject.write(project, "src/main/java/app/ParamForm.java", """
        package app;

        public class ParamForm {
          Long id; String name; String value; %s
          public Long getId() { return id; }
        }
        """.formatted(form));
    TempProject.write(project, "src/main/java/app/ParamMapper.java",
        "package app;\n\npublic interface ParamMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<Param> {}\n");
    TempProject.write(project, "src/main/java/app/MpConfig.java", """
        package app;

        import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
        import com.baomidou.mybatisplus.extension.plugins.inner.OptimisticLockerInnerInterceptor;

        public class MpConfig {
          MybatisPlusInterceptor interceptor() {
            MybatisPlusInterceptor interceptor = new MybatisPlusInterceptor();
            interceptor.addInnerInterceptor(new OptimisticLockerInnerInterceptor());
            return interceptor;
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/ParamService.java", """
        package app;

        import cn.hutool.core.bean.BeanUtil;
        import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
        import org.springframework.web.bind.annotation.*;

        @RestController
        public class ParamService extends ServiceImpl<ParamMapper, Param> {
          ParamManager manager;
          @PostMapping("/params/update")
          public boolean update(@RequestBody ParamForm form) {
            Param param = %s;
            BeanUtil.copyProperties(form, param);
            return updateById(param);
          }
        }
        """.formatted(load));
    TempProject.write(project, "src/main/java/app/ParamManager.java", """
        package app;

        import java.util.Optional;

        public interface ParamManager {
          Optional<Param> findById(Long id);
        }
        """);
  }

  @Test
  void aFormWithoutTheVersionCopiedOntoTheLoadedRowChecksNothing() throws IOException {
    write("getById(form.getId())", "");
    assertThat(TempProject.scan(project).findings()).extracting(Finding::ruleId)
        .containsExactly("update-without-version-check");

    write("manager.findById(form.getId()).orElseThrow(() -> new IllegalStateException(\"gone\"))", "");
    assertThat(TempProject.scan(project).findings()).extracting(Finding::ruleId)
        .containsExactly("update-without-version-check");
  }

  @Test
  void aFormWithTheVersionCopiedOntoTheLoadedRowHandsTheClientsVersionOn() throws IOException {
    write("getById(form.getId())", "Integer version;");
    assertThat(TempProject.scan(project).findings()).isEmpty();
  }
}
