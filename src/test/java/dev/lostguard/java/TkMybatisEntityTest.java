package dev.lostguard.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.lostguard.model.EntityFacts;
import dev.lostguard.model.PersistenceStyle;
import org.junit.jupiter.api.Test;

/** Classes that tk.mybatis maps through JPA annotations without {@code @Entity}, and its own {@code @Version}. */
class TkMybatisEntityTest {

  @Test
  void readsTableColumnsIdAndTkVersionOfAClassWithoutEntity() {
    EntityFacts article = EntityExtractorTest.extract("src/main/java/blog/Article.java", """
        package blog;

        import javax.persistence.*;
        import tk.mybatis.mapper.annotation.Version;

        @Table(name = "biz_article")
        public class Article {
          private static final long serialVersionUID = 1L;
          @Id private Long articleId;
          @Column(name = "body") private String content;
          private String coverImage;
          @Transient private Integer lookCount;
          @Version private Integer revision;
        }
        """).get(0);
    assertThat(article.style()).isEqualTo(PersistenceStyle.TK_MYBATIS);
    assertThat(article.table()).isEqualTo("biz_article");
    assertThat(article.idColumn()).isEqualTo("article_id");
    assertThat(article.columns()).containsExactly(entry("articleId", "article_id"), entry("content", "body"),
        entry("coverImage", "cover_image"), entry("revision", "revision"));
    assertThat(article.version().column()).isEqualTo("revision");
  }

  @Test
  void anAbstractBaseWithTheIdOnlyLendsItsFields() {
    EntityFacts base = EntityExtractorTest.extract("src/main/java/blog/AbstractDO.java", """
        package blog;

        import javax.persistence.Id;

        public abstract class AbstractDO {
          @Id private Long id;
          private java.util.Date createTime;
        }
        """).get(0);
    assertThat(base.style()).isEqualTo(PersistenceStyle.TK_MYBATIS);
    assertThat(base.mappedSuperclass()).isTrue();
    assertThat(base.idColumn()).isEqualTo("id");
  }

  @Test
  void anEmbeddableOrAClassWithForeignAnnotationsIsNoTkEntity() {
    assertThat(EntityExtractorTest.extract("src/main/java/blog/Address.java", """
        package blog;

        import javax.persistence.*;

        @Embeddable
        public class Address {
          @Column(name = "street_line") private String street;
        }
        """)).isEmpty();
    assertThat(EntityExtractorTest.extract("src/main/java/blog/Dto.java", """
        package blog;

        import com.example.annotations.Id;

        public class Dto {
          @Id private Long id;
        }
        """)).isEmpty();
  }
}
