# ProgressUpdate: a unit's dated progress on a task, with products and activities as evidence.

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('plans', '0001_plan_target_task'),
        ('records', '0002_languages'),
        ('units', '0001_unit'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ProgressUpdate',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('reported_on', models.DateField(verbose_name='ngày cập nhật')),
                ('status', models.CharField(choices=[('not_started', 'Chưa bắt đầu'), ('in_progress', 'Đang thực hiện'), ('done', 'Hoàn thành')], max_length=16, verbose_name='trạng thái')),
                ('percent', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(0), django.core.validators.MaxValueValidator(100)], verbose_name='tiến độ (%)')),
                ('note', models.TextField(blank=True, verbose_name='ghi chú')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='thời điểm nhập')),
                ('activities', models.ManyToManyField(blank=True, related_name='progress_updates', to='records.activity', verbose_name='hoạt động minh chứng')),
                ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='người nhập')),
                ('products', models.ManyToManyField(blank=True, related_name='progress_updates', to='records.product', verbose_name='sản phẩm minh chứng')),
                ('task', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='progress_updates', to='plans.task', verbose_name='nhiệm vụ')),
                ('unit', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='progress_updates', to='units.unit', verbose_name='đơn vị báo cáo')),
            ],
            options={
                'verbose_name': 'cập nhật tiến độ',
                'verbose_name_plural': 'cập nhật tiến độ',
                'ordering': ['-reported_on', '-pk'],
                'indexes': [models.Index(fields=['task', 'reported_on'], name='progress_task_date')],
                'constraints': [models.CheckConstraint(condition=models.Q(('percent__gte', 0), ('percent__lte', 100)), name='progress_percent_0_100', violation_error_message='Tiến độ phải từ 0 đến 100%.')],
            },
        ),
    ]
