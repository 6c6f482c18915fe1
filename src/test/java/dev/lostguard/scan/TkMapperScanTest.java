package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lostguard.model.Finding;
import dev.lostguard.model.Report;
import dev.lostguard.model.TableSummary;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tk.mybatis mapper calls judged in whole scans: the entity through the mapper's bases, XML statements first. */
class TkMapperScanTest {

  @TempDir Path project;

  private void write(String name, String content) throws IOException {
    TempProject.write(project, name, content);
  }

  private Report scan() {
    return TempProject.scan(project);
  }

  private void tagMapperThroughAProjectBase() throws IOException {
    write("src/main/java/blog/BaseMapper.java", """
        package blog;

        import tk.mybatis.mapper.common.Mapper;
        import tk.mybatis.mapper.common.MySqlMapper;

        public interface BaseMapper<T> extends Mapper<T>, MySqlMapper<T> {}
        """);
    write("src/main/java/blog/AbstractDO.java", """
        package blog;

        import javax.persistence.Id;

        public abstract class AbstractDO {
          @Id private Long id;
        }
        """);
    write("src/main/java/blog/BizTags.java", """
        package blog;

        public class BizTags extends AbstractDO {
          private String name;
          private String description;
        }
        """);
    write("src/main/java/blog/BizTagsMapper.java", """
        package blog;

        public interface BizTagsMapper extends BaseMapper<BizTags> {}
        """);
  }

  private void tagService(String call) throws IOException {
    write("src/main/java/blog/TagService.java", """
        package blog;

        class TagService {
          private BizTagsMapper bizTagsMapper;

          boolean update(BizTags form) {
            return %s > 0;
          }
        }
        """.formatted(call));
  }

  @Test
  void selectiveUpdateOfAFormWritesEveryFieldOfAPlainEntityByTkNaming() throws IOException {
    tagMapperThroughAProjectBase();
    tagService("bizTagsMapper.updateByPrimaryKeySelective(form)");
    assertThat(scan().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("unversioned-table-update");
      assertThat(f.message()).startsWith("UPDATE biz_tags (sets name, description)");
    });
  }

  @Test
  void aMapperStatementOfTheSameIdInXmlIsTheWriteInsteadOfTheGeneratedOne() throws IOException {
    tagMapperThroughAProjectBase();
    tagService("bizTagsMapper.updateByPrimaryKeySelective(form)");
    write("src/main/resources/mapper/BizTagsMapper.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <mapper namespace="blog.BizTagsMapper">
          <update id="updateByPrimaryKeySelective">
            UPDATE biz_tags SET name = #{name} WHERE id = #{id}
          </update>
        </mapper>
        """);
    Report report = scan();
    assertThat(report.summary().statements()).isEqualTo(1);
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.location().path()).endsWith(".xml"));
  }

  @Test
  void sameNamedMethodsOfAMapperReachingNoTkBaseAreNeitherWritesNorUnresolved() throws IOException {
    write("src/main/java/blog/BizTags.java", """
        package blog;

        public class BizTags {
          private Long id;
          private String name;
        }
        """);
    write("src/main/java/blog/BizTagsMapper.java", """
        package blog;

        public interface BizTagsMapper {
          int updateByPrimaryKeySelective(BizTags record);
        }
        """);
    tagService("bizTagsMapper.updateByPrimaryKeySelective(form)");
    Report report = scan();
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().statements()).isZero();
    assertThat(report.summary().statementsUnresolved()).isZero();
  }

  private void versionedArticle(String body) throws IOException {
    write("src/main/java/blog/Article.java", """
        package blog;

        import javax.persistence.Id;
        import javax.persistence.Table;
        import tk.mybatis.mapper.annotation.Version;

        @Table(name = "biz_article")
        public class Article {
          @Id private Long id;
          private String title;
          @Version private Integer version;
          void setTitle(String title) { this.title = title; }
        }
        """);
    write("src/main/java/blog/ArticleMapper.java", """
        package blog;

        import tk.mybatis.mapper.common.Mapper;

        public interface ArticleMapper extends Mapper<Article> {}
        """);
    write("src/main/java/blog/ArticleService.java", """
        package blog;

        class ArticleService {
          private ArticleMapper articleMapper;

          void retitle(Article article, String title) {
            article.setTitle(title);
            %s
          }
        }
        """.formatted(body));
  }

  @Test
  void tkVersionIsCheckedWithoutAnySettingAndADroppedCountIsFlagged() throws IOException {
    versionedArticle("articleMapper.updateByPrimaryKeySelective(article);");
    Report report = scan();
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("rowcount-ignored");
    assertThat(report.tables()).singleElement().extracting(TableSummary::guardedWriteSites).isEqualTo(1);
  }

  @Test
  void aDeleteByPrimaryKeyOfAVersionedEntityIsGuardedByTk() throws IOException {
    versionedArticle("if (articleMapper.deleteByPrimaryKey(article) == 0) { throw new IllegalStateException(); }");
    Report report = scan();
    assertThat(report.findings()).isEmpty();
    assertThat(report.tables()).singleElement().satisfies(t -> {
      assertThat(t.writeSites()).isEqualTo(1);
      assertThat(t.guardedWriteSites()).isEqualTo(1);
    });
  }

  @Test
  void anUpdateByExampleOnTheIdIsOneRowThatTkNeverVersions() throws IOException {
    versionedArticle("""
        tk.mybatis.mapper.entity.Example example = new tk.mybatis.mapper.entity.Example(Article.class);
            example.createCriteria().andEqualTo("id", 7L);
            articleMapper.updateByExampleSelective(article, example);""");
    Report report = scan();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("update-without-version-check");
      assertThat(f.message()).startsWith("UPDATE biz_article (sets title)");
    });
    assertThat(report.tables()).singleElement().extracting(TableSummary::guardedWriteSites).isEqualTo(0);
  }

  @Test
  void anExampleLocalAssignedTwiceNamesNoEntitySoTheMapperSaysWhichTableIsWritten() throws IOException {
    write("src/main/java/blog/Comment.java", """
        package blog;

        @javax.persistence.Table(name = "biz_comment")
        public class Comment { @javax.persistence.Id private Long id; }
        """);
    versionedArticle("""
        tk.mybatis.mapper.entity.Example example = new tk.mybatis.mapper.entity.Example(Comment.class);
            example.clear();
            example = new tk.mybatis.mapper.entity.Example(Article.class);
            example.createCriteria().andEqualTo("id", 7L);
            articleMapper.updateByExampleSelective(article, example);""");
    Report report = scan();
    assertThat(report.tables()).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("biz_article");
      assertThat(t.writeSites()).isEqualTo(1);
    });
  }

  @Test
  void anExampleFromElsewhereMakesADeleteOfUnknownRowsThatNoRuleFlags() throws IOException {
    versionedArticle("articleMapper.deleteByExample(title);");
    Report report = scan();
    assertThat(report.findings()).isEmpty();
    assertThat(report.tables()).singleElement().extracting(TableSummary::writeSites).isEqualTo(1);
  }
}
