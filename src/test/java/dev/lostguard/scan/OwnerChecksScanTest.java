package dev.lostguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A handler that refuses a record not the caller's writes only that person's record, whatever id it is given. */
class OwnerChecksScanTest {

  @TempDir Path project;

  @Test
  void aHandlerThatRefusesAnyoneButTheOwnerIsSetAsideButOneThatAlsoLetsAdminsThroughIsReported() throws IOException {
    TempProject.write(project, "db/schema.sql", """
        CREATE TABLE app_user (id BIGINT PRIMARY KEY, name VARCHAR(50), department VARCHAR(50), about VARCHAR(200));
        CREATE TABLE chapter (id BIGINT PRIMARY KEY, book_id BIGINT, title VARCHAR(100), price INT);
        CREATE TABLE note (id BIGINT PRIMARY KEY, author_id BIGINT, title VARCHAR(100), body VARCHAR(200));
        """);
    TempProject.write(project, "src/main/java/app/UserController.java", """
        package app;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class UserController {
          JdbcTemplate jdbc;
          ChapterService chapters;

          @PutMapping("/users/{id}")
          void update(@PathVariable Long id, @RequestBody UserForm form, @CurrentUser User user) {
            if (!user.getId().equals(id)) {
              throw new IllegalArgumentException("not you");
            }
            jdbc.update("UPDATE app_user SET name = ?, department = ?, about = ? WHERE id = ?",
                form.name(), form.department(), form.about(), id);
          }

          @PutMapping("/chapters/{id}")
          void chapter(@PathVariable long id, @RequestBody ChapterForm form) {
            chapters.save(id, form);
          }

          @PutMapping("/notes/{id}")
          void note(@PathVariable long id, @RequestBody ChapterForm form, @CurrentUser User user) {
            Note note = find(id);
            if (!user.isAdmin() && !note.getAuthorId().equals(user.getId())) {
              return;
            }
            jdbc.update("UPDATE note SET title = ?, body = ? WHERE id = ?", form.title(), form.body(), id);
          }

          Note find(long id) { return null; }
        }
        """);
    TempProject.write(project, "src/main/java/app/ChapterService.java", """
        package app;

        import org.springframework.jdbc.core.JdbcTemplate;

        class ChapterService {
          JdbcTemplate jdbc;

          void save(long id, ChapterForm form) {
            Long authorId = SecurityUtils.getUserId();
            Book book = bookOf(id);
            if (book == null || !book.getAuthorId().equals(authorId)) {
              throw new IllegalStateException("not your book");
            }
            jdbc.update("UPDATE chapter SET title = ?, price = ? WHERE id = ?", form.title(), form.price(), id);
          }

          Book bookOf(long id) { return null; }
        }
        """);
    TempProject.write(project, "src/main/java/app/UserForm.java",
        "package app;\n\nrecord UserForm(String name, String department, String about) {}\n");
    TempProject.write(project, "src/main/java/app/ChapterForm.java",
        "package app;\n\nrecord ChapterForm(String title, int price, String body) {}\n");

    assertThat(TempProject.scan(project).findings())
        .extracting(f -> f.ruleId() + " " + (f.table() == null ? f.message().substring(0, f.message().indexOf(' ', 4)) : f.table()))
        .containsExactlyInAnyOrder("write-endpoint-without-precondition PUT /notes/{id}", "unversioned-table-update note");
  }

  @Test
  void aServiceThatRefusesAnyUserNameButTheCallersIsAnOwnerCheckEvenOnAnAdminConsoleRoute() throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE t_user (id BIGINT PRIMARY KEY, username VARCHAR(50), phone VARCHAR(20), mail VARCHAR(80));\n");
    TempProject.write(project, "src/main/java/app/UserController.java", """
        package app;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class UserController {
          UserService users;

          @PutMapping("/api/short-link/admin/v1/user")
          void update(@RequestBody UserForm form) {
            users.update(form);
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/UserService.java", """
        package app;

        import java.util.Objects;
        import org.springframework.jdbc.core.JdbcTemplate;

        class UserService {
          JdbcTemplate jdbc;

          void update(UserForm form) {
            if (!Objects.equals(form.getUsername(), UserContext.getUsername())) {
              throw new IllegalStateException("not you");
            }
            jdbc.update("UPDATE t_user SET phone = ?, mail = ? WHERE username = ?", form.phone(), form.mail(),
                form.getUsername());
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/UserForm.java",
        "package app;\n\nrecord UserForm(String getUsername, String phone, String mail) {}\n");

    assertThat(TempProject.scan(project).findings()).isEmpty();
  }

  @Test
  void aLookupScopedToTheUserAContextHoldsIsAnOwnerCheck() throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE user_addr (addr_id BIGINT PRIMARY KEY, user_id BIGINT, consignee VARCHAR(50), addr VARCHAR(200));\n");
    TempProject.write(project, "src/main/java/app/AddressController.java", """
        package app;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class AddressController {
          JdbcTemplate jdbc;
          AddressLookup addresses;

          @PutMapping("/user_addr")
          void update(@RequestBody AddressForm form) {
            Long userId = AuthUserContext.get().getUserId();
            Object stored = addresses.findOwned(form.addrId(), userId);
            if (stored == null) {
              throw new IllegalStateException("gone");
            }
            jdbc.update("UPDATE user_addr SET consignee = ?, addr = ? WHERE addr_id = ?", form.consignee(), form.addr(),
                form.addrId());
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/AddressForm.java",
        "package app;\n\nrecord AddressForm(Long addrId, String consignee, String addr) {}\n");

    assertThat(TempProject.scan(project).findings()).isEmpty();
  }

  @Test
  void anAdministratorsOwnerCheckCountsButAskingWhichAdministratorCallsDoesNot() throws IOException {
    TempProject.write(project, "db/schema.sql", """
        CREATE TABLE todo (uid VARCHAR(32) PRIMARY KEY, admin_uid VARCHAR(32), text VARCHAR(200), done BOOLEAN);
        CREATE TABLE disk_file (uid VARCHAR(32) PRIMARY KEY, file_path VARCHAR(200), file_name VARCHAR(200),
          old_name VARCHAR(200), note VARCHAR(200), UNIQUE (file_path, file_name));
        """);
    TempProject.write(project, "src/main/java/app/TodoController.java", """
        package app;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class TodoController {
          JdbcTemplate jdbc;
          TodoLookup todos;

          @PostMapping("/todo/edit")
          String edit(@RequestBody TodoForm form) {
            String adminUid = RequestHolder.getAdminUid();
            Todo todo = todos.get(form.uid());
            if (!todo.getAdminUid().equals(adminUid)) {
              return "no";
            }
            jdbc.update("UPDATE todo SET text = ?, done = ? WHERE uid = ?", form.text(), form.done(), form.uid());
            return "ok";
          }

          @PostMapping("/disk/rename")
          String rename(@RequestBody RenameForm form) {
            RequestHolder.getAdminUid();
            jdbc.update("UPDATE disk_file SET old_name = ?, note = ? WHERE file_path = ? AND file_name = ?",
                form.oldName(), form.note(), form.path(), form.name());
            return "ok";
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/TodoForm.java",
        "package app;\n\nrecord TodoForm(String uid, String text, Boolean done) {}\n");
    TempProject.write(project, "src/main/java/app/RenameForm.java",
        "package app;\n\nrecord RenameForm(String path, String name, String oldName, String note) {}\n");

    assertThat(TempProject.scan(project).findings()).extracting(f -> f.table())
        .containsExactly("disk_file");
  }

  @Test
  void aBodyWhoseKeyTheHandlerSetsToTheCallerIsTheCallersOwnRecord() throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE sys_user (user_id VARCHAR(32) PRIMARY KEY, avatar VARCHAR(200), about VARCHAR(200));\n");
    TempProject.write(project, "src/main/java/app/ProfileController.java", """
        package app;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class ProfileController {
          JdbcTemplate jdbc;

          @PutMapping("/updateProfile")
          void update(@RequestBody ProfileForm form) {
            String userId = ((Account) SecurityUtil.currentUser()).getUserId();
            form.setUserId(userId);
            jdbc.update("UPDATE sys_user SET avatar = ?, about = ? WHERE user_id = ?", form.getAvatar(), form.getAbout(),
                form.getUserId());
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/ProfileForm.java", """
        package app;

        class ProfileForm {
          private String userId;
          private String avatar;
          private String about;
          String getUserId() { return userId; }
          void setUserId(String userId) { this.userId = userId; }
          String getAvatar() { return avatar; }
          String getAbout() { return about; }
        }
        """);

    assertThat(TempProject.scan(project).findings()).isEmpty();
  }

  @Test
  void anOwnerCheckedHandlerIsStillReportedWhenSomeoneElsesHandlerOverwritesTheSameTable() throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE app_user (id BIGINT PRIMARY KEY, name VARCHAR(50), department VARCHAR(50), about VARCHAR(200));\n");
    TempProject.write(project, "src/main/java/app/UserController.java", """
        package app;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class UserController {
          JdbcTemplate jdbc;

          @PutMapping("/users/{id}")
          void update(@PathVariable Long id, @RequestBody UserForm form, @CurrentUser User user) {
            if (!id.equals(user.getId())) {
              throw new IllegalArgumentException("not you");
            }
            jdbc.update("UPDATE app_user SET name = ?, about = ? WHERE id = ?", form.name(), form.about(), id);
          }

          @PutMapping("/curation/users/{id}")
          void curate(@PathVariable Long id, @RequestBody UserForm form) {
            jdbc.update("UPDATE app_user SET department = ?, about = ? WHERE id = ?", form.department(), form.about(), id);
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/UserForm.java",
        "package app;\n\nrecord UserForm(String name, String department, String about) {}\n");

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("write-endpoint-without-precondition"))
        .extracting(f -> f.message().substring(0, f.message().indexOf(' ', 4)))
        .containsExactlyInAnyOrder("PUT /users/{id}", "PUT /curation/users/{id}");
  }

  @Test
  void aProfilePageThatChecksTheBodysUserIdIsNotReportedBesideAnAdministratorsEditOfTheSameTable() throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE app_user (id VARCHAR(32) PRIMARY KEY, name VARCHAR(50), department VARCHAR(50), email VARCHAR(200));\n");
    TempProject.write(project, "src/main/java/app/AccountController.java", """
        package app;

        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.web.bind.annotation.*;

        @RestController
        class AccountController {
          JdbcTemplate jdbc;

          @PutMapping("/account")
          void updateAccount(@RequestBody AccountForm form) {
            String current = SecurityUtils.getCurrentUserId();
            if (!current.equals(form.userId())) {
              throw new IllegalArgumentException("Mismatch between authenticated user and user to update");
            }
            jdbc.update("UPDATE app_user SET name = ?, email = ? WHERE id = ?", form.name(), form.email(), current);
          }

          @PutMapping("/users/{id}")
          void edit(@PathVariable String id, @RequestBody AccountForm form) {
            jdbc.update("UPDATE app_user SET name = ?, department = ? WHERE id = ?", form.name(), form.department(), id);
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/AccountForm.java",
        "package app;\n\nrecord AccountForm(String userId, String name, String department, String email) {}\n");

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("write-endpoint-without-precondition"))
        .extracting(f -> f.message().substring(0, f.message().indexOf(' ', 4)))
        .containsExactly("PUT /users/{id}");
  }

  @Test
  void aMybatisPlusWriteKeyedByTheLoggedInUserIsTheCallersOwnRowWhateverTheBodyNames() throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE app_user (id BIGINT PRIMARY KEY, username VARCHAR(50), avatar VARCHAR(200), gender INT);\n");
    TempProject.write(project, "src/main/java/app/AppUser.java", """
        package app;

        import com.baomidou.mybatisplus.annotation.TableName;

        @TableName("app_user")
        class AppUser {
          Long id; String username; String avatar; Integer gender;
          void setId(Long id) { this.id = id; }
          void setUsername(String v) { username = v; }
          void setAvatar(String v) { avatar = v; }
          Long getId() { return id; }
          String getUsername() { return username; }
          String getAvatar() { return avatar; }
          Integer getGender() { return gender; }
        }
        """);
    TempProject.write(project, "src/main/java/app/UserMapper.java",
        "package app;\n\ninterface UserMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<AppUser> {}\n");
    TempProject.write(project, "src/main/java/app/UserService.java", """
        package app;

        import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
        import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;

        class UserService extends ServiceImpl<UserMapper, AppUser> {
          void updateInfo(AppUser form) {
            AppUser u = new AppUser();
            u.setId(PoetryUtil.getUserId());
            u.setUsername(form.getUsername());
            u.setAvatar(form.getAvatar());
            updateById(u);
          }
          void rename(AppUser form) {
            Long me = SecurityUtils.getUserId();
            update(new LambdaUpdateWrapper<AppUser>().set(AppUser::getUsername, form.getUsername())
                .set(AppUser::getAvatar, form.getAvatar()).eq(AppUser::getId, me));
          }
          void edit(AppUser form) {
            AppUser u = new AppUser();
            u.setId(form.getId());
            u.setUsername(form.getUsername());
            u.setAvatar(form.getAvatar());
            updateById(u);
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/UserController.java", """
        package app;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class UserController {
          UserService users;
          @PostMapping("/user/updateUserInfo") void info(@RequestBody AppUser form) { users.updateInfo(form); }
          @PostMapping("/user/rename") void rename(@RequestBody AppUser form) { users.rename(form); }
          @PostMapping("/admin/user/edit") void edit(@RequestBody AppUser form) { users.edit(form); }
        }
        """);

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().startLine())
        .as("only the administrator's edit, keyed by the id the body sends")
        .containsExactly(24);
  }

  @Test
  void aMybatisPlusRowLoadedOrChainedWithTheLoggedInUsersIdIsTheCallersOwnRow() throws IOException {
    TempProject.write(project, "db/schema.sql",
        "CREATE TABLE app_user (id BIGINT PRIMARY KEY, email VARCHAR(50), nickname VARCHAR(50), preferences VARCHAR(200));\n");
    TempProject.write(project, "src/main/java/app/AppUser.java", """
        package app;

        import com.baomidou.mybatisplus.annotation.TableName;

        @TableName("app_user")
        class AppUser {
          Long id; String email; String nickname; String preferences;
          AppUser setId(Long id) { this.id = id; return this; }
          AppUser setEmail(String v) { email = v; return this; }
          AppUser setNickname(String v) { nickname = v; return this; }
          AppUser setPreferences(String v) { preferences = v; return this; }
          Long getId() { return id; }
          String getEmail() { return email; }
          String getNickname() { return nickname; }
        }
        """);
    TempProject.write(project, "src/main/java/app/UserMapper.java",
        "package app;\n\ninterface UserMapper extends com.baomidou.mybatisplus.core.mapper.BaseMapper<AppUser> {}\n");
    TempProject.write(project, "src/main/java/app/UserService.java", """
        package app;

        import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;

        class UserService extends ServiceImpl<UserMapper, AppUser> {
          void savePreferences(String preferences) {
            AppUser me = getById(StpAdminUtil.getLoginIdAsLong());
            me.setPreferences(preferences);
            updateById(me);
          }
          void updateMine(AppUser form) {
            UserSessionVO session = SessionUtil.getUserSessionInfo();
            updateById(new AppUser().setId(session.getId()).setEmail(form.getEmail()).setNickname(form.getNickname()));
          }
          void edit(AppUser form) {
            updateById(new AppUser().setId(form.getId()).setEmail(form.getEmail()).setNickname(form.getNickname()));
          }
        }
        """);
    TempProject.write(project, "src/main/java/app/UserController.java", """
        package app;

        import org.springframework.web.bind.annotation.*;

        @RestController
        class UserController {
          UserService users;
          @PostMapping("/system/user/savePreferences") void prefs(@RequestBody String p) { users.savePreferences(p); }
          @PostMapping("/user/updateMine") void mine(@RequestBody AppUser form) { users.updateMine(form); }
          @PostMapping("/admin/user/edit") void edit(@RequestBody AppUser form) { users.edit(form); }
        }
        """);

    assertThat(TempProject.scan(project).findings())
        .filteredOn(f -> f.ruleId().equals("unversioned-table-update"))
        .extracting(f -> f.location().startLine())
        .as("only the administrator's edit, keyed by the id the body sends")
        .containsExactly(16);
  }
}
